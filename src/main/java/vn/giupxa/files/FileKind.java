package vn.giupxa.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file GiupXa accepts, told apart by their first bytes, never by the name:
 * PDF ({@code %PDF-}), DOCX and XLSX (a ZIP whose {@code [Content_Types].xml} names the Word or
 * Excel main part), PNG and JPEG for article images.
 */
public enum FileKind {

	PDF("application/pdf", ".pdf", false),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", false),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", false),
	PNG("image/png", ".png", true),
	JPEG("image/jpeg", ".jpg", true);

	private final String contentType;

	private final String extension;

	private final boolean image;

	FileKind(String contentType, String extension, boolean image) {
		this.contentType = contentType;
		this.extension = extension;
		this.image = image;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public boolean image() {
		return image;
	}

	/** The kind these bytes really are, or empty when GiupXa does not accept them. */
	public static Optional<FileKind> detect(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return officeKind(content);
		}
		return Optional.empty();
	}

	private static Optional<FileKind> officeKind(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("[Content_Types].xml".equals(entry.getName())) {
					String types = new String(zip.readNBytes(256 * 1024), StandardCharsets.UTF_8);
					if (types.contains("wordprocessingml.document.main+xml")) {
						return Optional.of(DOCX);
					}
					if (types.contains("spreadsheetml.sheet.main+xml")) {
						return Optional.of(XLSX);
					}
					return Optional.empty();
				}
			}
		}
		catch (IOException | IllegalArgumentException broken) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
