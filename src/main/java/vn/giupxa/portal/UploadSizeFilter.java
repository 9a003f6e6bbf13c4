package vn.giupxa.portal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns away an upload larger than the server takes ({@code spring.servlet.multipart.max-request-size})
 * with the Vietnamese page {@code error/413} (a way back to the form for the editors' desk) instead of
 * Tomcat's English one. Tomcat would fail every parameter read of such a request, the CSRF check
 * first, so this filter, before Spring Security, marks the body as read as a stream: only the
 * address's parameters are parsed (the editors' forms carry their CSRF token there). After Spring
 * Security has checked the caller and the token, {@link Refusal} answers 413. The editors' forms
 * also check the size in the browser, so that nothing typed is lost.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

	static final String TOO_LARGE = UploadSizeFilter.class.getName() + ".tooLarge";

	private final long maxRequestBytes;

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxRequestBytes) {
			request.getInputStream();
			request.setAttribute(TOO_LARGE, maxRequestBytes);
		}
		chain.doFilter(request, response);
	}

	/** Answers 413 to a request marked too large, once Spring Security (order -100) let it through. */
	@Component
	@Order(0)
	static class Refusal extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return request.getAttribute(TOO_LARGE) == null;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws IOException {
			// Tells the error page's dispatch that the multipart body failed, so that it is not parsed again.
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
					new MaxUploadSizeExceededException((Long) request.getAttribute(TOO_LARGE)));
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}
	}
}
