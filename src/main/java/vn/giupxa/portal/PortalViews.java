package vn.giupxa.portal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.giupxa.files.FileKind;

/** The read models of the public pages and the API (records, never entities). */
final class PortalViews {

	private PortalViews() {
	}

	/** A menu entry ("chuyên mục"). */
	record CategoryView(long id, String slug, String name) {
	}

	/** An article in a list. */
	record ArticleCard(long id, String slug, String title, String summary, LocalDateTime publishedAt,
			String categorySlug, String categoryName, Long imageFileId, String imageAlt) {
	}

	/** The public article page. */
	record ArticleDetail(long id, String slug, String title, String summary, String bodyHtml, String author,
			LocalDateTime publishedAt, String categorySlug, String categoryName, Long imageFileId, String imageAlt,
			long views, List<DocumentSummary> documents) {

		ArticleDetail withViews(long count) {
			return new ArticleDetail(id, slug, title, summary, bodyHtml, author, publishedAt, categorySlug, categoryName,
					imageFileId, imageAlt, count, documents);
		}
	}

	/** A file of a document, with its download count. */
	record FileView(long id, String originalName, FileKind kind, long sizeBytes, long downloads) {

		/** Size for people: "245 KB". */
		public String size() {
			return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
					: String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1048576.0);
		}
	}

	/** An official document with its files. */
	record DocumentSummary(long id, String numberSymbol, DocumentType type, LocalDate issuedOn, String issuer,
			String signer, String summary, List<FileView> files) {
	}
}
