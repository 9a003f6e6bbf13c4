package vn.giupxa.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * The one way files leave GiupXa: always as an attachment, named in ASCII for old clients and in
 * Vietnamese for the rest (RFC 6266 / RFC 5987), and never content-sniffed by the browser.
 */
public final class Downloads {

	private Downloads() {
	}

	/** A 200 response that the browser saves under {@code filename}; add the body (and length) to it. */
	public static ResponseEntity.BodyBuilder attachment(MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
			.header("X-Content-Type-Options", "nosniff");
	}

	static String contentDisposition(String filename) {
		String ascii = Texts.withoutAccents(filename).replaceAll("[^A-Za-z0-9._-]+", "_");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
				+ UriUtils.encode(filename, StandardCharsets.UTF_8);
	}
}
