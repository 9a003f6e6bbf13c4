package vn.giupxa.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import vn.giupxa.shared.NotFoundException;

/**
 * Writing and publishing articles: the body is sanitised before it is stored, the slug is made
 * from the title once, and every change clears the cached public pages.
 */
@Service
@Transactional
class ArticleService {

	private final ArticleRepository articles;

	private final OfficialDocumentRepository documents;

	private final FileService fileService;

	private final PortalReader reader;

	private final Clock clock;

	ArticleService(ArticleRepository articles, OfficialDocumentRepository documents, FileService fileService,
			PortalReader reader, Clock clock) {
		this.articles = articles;
		this.documents = documents;
		this.fileService = fileService;
		this.reader = reader;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Article article(long id) {
		return articles.findById(id).orElseThrow(() -> new NotFoundException("portal.article.notFound", id));
	}

	/** A new draft, or null with the errors in {@code result}. */
	Article create(ArticleForm form, MultipartFile image, BindingResult result) {
		Article.Content content = content(form, image, result);
		if (content == null) {
			return null;
		}
		Instant now = Instant.now(clock);
		Article article = articles.save(new Article(uniqueSlug(form.title()), content, now));
		attachImage(article, image);
		reader.invalidate();
		return article;
	}

	/** Saves an edit; an edit of an older version than the stored one is refused and the form keeps what was typed. */
	boolean update(long id, ArticleForm form, MultipartFile image, BindingResult result) {
		Article article = article(id);
		if (form.version() == null || form.version() != article.getVersion()) {
			result.reject("error.stale");
			return false;
		}
		Article.Content content = content(form, image, result);
		if (content == null) {
			return false;
		}
		article.edit(content, Instant.now(clock));
		attachImage(article, image);
		reader.invalidate();
		return true;
	}

	void publish(long id, LocalDateTime at) {
		Instant when = at == null ? null : at.atZone(clock.getZone()).toInstant();
		article(id).publish(when, Instant.now(clock));
		reader.invalidate();
	}

	void withdraw(long id) {
		article(id).withdraw(Instant.now(clock));
		reader.invalidate();
	}

	private Article.Content content(ArticleForm form, MultipartFile image, BindingResult result) {
		String body = RichText.sanitise(form.body());
		String text = RichText.plainText(body);
		if (text.isEmpty()) {
			result.rejectValue("body", "portal.article.body.empty");
		}
		else if (!RichText.imagesHaveAlternativeText(body)) {
			result.rejectValue("body", "portal.article.body.imageAlt");
		}
		if (!reader.categoryExists(form.categoryId())) {
			result.rejectValue("categoryId", "portal.article.category.required");
		}
		boolean hasImage = image != null && !image.isEmpty();
		if (hasImage && (form.imageAlt() == null || form.imageAlt().isBlank())) {
			result.rejectValue("imageAlt", "portal.article.imageAlt.required");
		}
		if (hasImage) {
			try {
				fileService.checkImage(bytes(image));
			}
			catch (RefusedFileException refused) {
				result.reject(refused.messageKey(), refused.arguments(), null);
			}
		}
		Set<Long> documentIds = new LinkedHashSet<>();
		for (Long documentId : form.documentIds() == null ? List.<Long>of() : form.documentIds()) {
			if (documentId != null && documents.existsById(documentId)) {
				documentIds.add(documentId);
			}
		}
		if (result.hasErrors()) {
			return null;
		}
		return new Article.Content(form.title(), form.summary(), body, text, form.author(), form.categoryId(),
				Boolean.TRUE.equals(form.featured()), form.imageAlt(), documentIds);
	}

	private void attachImage(Article article, MultipartFile image) {
		if (image != null && !image.isEmpty()) {
			article.attachImage(fileService.acceptImage(image.getOriginalFilename(), bytes(image)).getId());
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private String uniqueSlug(String title) {
		String base = Slugs.of(title);
		String slug = base;
		for (int n = 2; articles.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}
}
