package vn.giupxa.portal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.Texts;

/**
 * A news article ("bài viết"): written as a draft, published now or at a later time (scheduled),
 * withdrawn. Its body is stored already sanitised ({@link RichText}); its slug never changes, so
 * shared addresses keep working.
 */
@Entity
@Table(name = "portal_article")
class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String summary;

	private String bodyHtml;

	private String bodyText;

	private String author;

	private Long categoryId;

	private Long imageFileId;

	private String imageAlt;

	private boolean featured;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status;

	private Instant publishedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "portal_article_document", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "document_id")
	private Set<Long> documentIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected Article() {
	}

	Article(String slug, Content content, Instant now) {
		this.slug = slug;
		this.status = ArticleStatus.DRAFT;
		this.createdAt = now;
		edit(content, now);
	}

	void edit(Content content, Instant now) {
		this.title = Texts.clean(content.title());
		this.summary = Texts.clean(content.summary());
		this.bodyHtml = content.bodyHtml();
		this.bodyText = content.bodyText();
		this.author = Texts.clean(content.author());
		this.categoryId = content.categoryId();
		this.featured = content.featured();
		this.imageAlt = Texts.clean(content.imageAlt());
		this.documentIds.clear();
		this.documentIds.addAll(content.documentIds());
		this.updatedAt = now;
	}

	void attachImage(long fileId) {
		this.imageFileId = fileId;
	}

	/** Publishes at the given time: now, or later (scheduled). A live article is not published again. */
	void publish(Instant at, Instant now) {
		if (isLive(now)) {
			throw new ArticleNotPublishableException("portal.article.alreadyLive");
		}
		this.status = ArticleStatus.PUBLISHED;
		this.publishedAt = at == null ? now : at;
		this.updatedAt = now;
	}

	/** Takes a published (or scheduled) article off the portal. */
	void withdraw(Instant now) {
		if (status != ArticleStatus.PUBLISHED) {
			throw new ArticleNotPublishableException("portal.article.notPublished");
		}
		this.status = ArticleStatus.WITHDRAWN;
		this.updatedAt = now;
	}

	boolean isLive(Instant now) {
		return status == ArticleStatus.PUBLISHED && !publishedAt.isAfter(now);
	}

	Long getId() {
		return id;
	}

	String getSlug() {
		return slug;
	}

	String getTitle() {
		return title;
	}

	String getSummary() {
		return summary;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	String getAuthor() {
		return author;
	}

	Long getCategoryId() {
		return categoryId;
	}

	Long getImageFileId() {
		return imageFileId;
	}

	String getImageAlt() {
		return imageAlt;
	}

	boolean isFeatured() {
		return featured;
	}

	ArticleStatus getStatus() {
		return status;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	Set<Long> getDocumentIds() {
		return Set.copyOf(documentIds);
	}

	long getVersion() {
		return version;
	}

	@Override
	public String toString() {
		return "Article#" + id;
	}

	/** What an editor writes, the body already sanitised and its plain text extracted. */
	record Content(String title, String summary, String bodyHtml, String bodyText, String author, long categoryId,
			boolean featured, String imageAlt, Set<Long> documentIds) {
	}
}
