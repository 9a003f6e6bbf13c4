package vn.giupxa.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giupxa.portal.PortalViews.ArticleCard;
import vn.giupxa.portal.PortalViews.ArticleDetail;
import vn.giupxa.portal.PortalViews.DocumentSummary;
import vn.giupxa.shared.NotFoundException;

/** The portal's published articles and official documents as JSON (read-only, public). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Portal", description = "Published articles and official documents of the public portal")
class PortalApiController {

	private final PortalReader reader;

	PortalApiController(PortalReader reader) {
		this.reader = reader;
	}

	/** A page of results; {@code page} starts at 0 and a page past the end gives the last page. */
	record PageBody<T>(java.util.List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageBody<T> of(Page<T> page) {
			return new PageBody<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}

	@GetMapping("/articles")
	@Operation(summary = "Published articles, newest first")
	PageBody<ArticleCard> articles(@Parameter(description = "category slug") @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Long categoryId = category == null ? null
				: reader.category(category).orElseThrow(() -> new NotFoundException("portal.category.notFound")).id();
		return PageBody.of(reader.articles(categoryId, 0, page, Math.min(Math.max(size, 1), 100)));
	}

	@GetMapping("/articles/{slug}")
	@Operation(summary = "One published article with its attached documents")
	ArticleDetail article(@PathVariable String slug) {
		return reader.article(slug).orElseThrow(() -> new NotFoundException("portal.article.notFound", slug));
	}

	@GetMapping("/documents")
	@Operation(summary = "Official documents, newest first, filtered by type, issuer, year and text")
	PageBody<DocumentSummary> documents(@RequestParam(required = false) DocumentType type,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageBody.of(reader.documents(type, issuer, year, q, page, Math.min(Math.max(size, 1), 100)));
	}

	@GetMapping("/documents/{id}")
	@Operation(summary = "One official document with its files")
	DocumentSummary document(@PathVariable long id) {
		return reader.document(id).orElseThrow(() -> new NotFoundException("portal.document.notFound"));
	}
}
