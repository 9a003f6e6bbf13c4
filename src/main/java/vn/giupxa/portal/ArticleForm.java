package vn.giupxa.portal;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An article as the editor types it; {@code publishAt} empty means "now" when publishing. */
record ArticleForm(
		@NotBlank(message = "{portal.article.title.required}")
		@Size(max = 300, message = "{portal.article.title.size}") String title,
		@NotBlank(message = "{portal.article.summary.required}")
		@Size(max = 1000, message = "{portal.article.summary.size}") String summary,
		@NotBlank(message = "{portal.article.body.required}")
		@Size(max = 200000, message = "{portal.article.body.size}") String body,
		@NotBlank(message = "{portal.article.author.required}")
		@Size(max = 150, message = "{portal.article.author.size}") String author,
		@NotNull(message = "{portal.article.category.required}") Long categoryId,
		Boolean featured,
		@Size(max = 300, message = "{portal.article.imageAlt.size}") String imageAlt,
		List<Long> documentIds,
		LocalDateTime publishAt,
		Long version) {

	static ArticleForm empty(String author) {
		return new ArticleForm("", "", "", author, null, Boolean.FALSE, "", List.of(), null, null);
	}
}
