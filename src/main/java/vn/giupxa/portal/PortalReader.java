package vn.giupxa.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.giupxa.portal.PortalViews.ArticleCard;
import vn.giupxa.portal.PortalViews.ArticleDetail;
import vn.giupxa.portal.PortalViews.CategoryView;
import vn.giupxa.portal.PortalViews.DocumentSummary;
import vn.giupxa.portal.PortalViews.FileView;
import vn.giupxa.shared.Texts;

import vn.giupxa.files.FileKind;

/**
 * What the public pages read, by plain SQL. Results are cached on this node and cleared, with the
 * rendered pages ({@link PublicPageCache}), when an editor changes something here (again after the
 * commit), and when {@link #checkForChanges()} sees that the published content changed: an edit
 * on another node, or a scheduled article whose time has come. An article is public once it is
 * published and its publication time has come. View totals are cached apart and refreshed after
 * each counter flush (and every flush interval, for the other nodes' counts).
 */
@Component
class PortalReader {

	static final String LIVE = " a.status = 'PUBLISHED' AND a.published_at <= :now ";

	private static final String CARD = """
			SELECT a.id, a.slug, a.title, a.summary, a.published_at, c.slug AS category_slug, c.name AS category_name,
			       a.image_file_id, a.image_alt
			FROM portal_article a JOIN portal_category c ON c.id = a.category_id
			""";

	private static final String DOCUMENT = """
			SELECT d.id, d.number_symbol, d.type, d.issued_on, d.issuer, d.signer, d.summary
			FROM portal_document d
			""";

	private final LongAdder clears = new LongAdder();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cache<Object, Object> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(30))
		.maximumSize(5000)
		.build();

	private final LoadingCache<Long, Long> viewTotals;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private final AtomicReference<String> stamp = new AtomicReference<>();

	PortalReader(JdbcClient jdbc, Clock clock, @Value("${giupxa.portal.flush-interval:10s}") Duration flushInterval) {
		this.jdbc = jdbc;
		this.clock = clock;
		// Refreshed, not expired: while an article's total is read again (other nodes' counts, every flush interval)
		// its readers get the last one instead of all waiting for the database.
		this.viewTotals = Caffeine.newBuilder().refreshAfterWrite(flushInterval).maximumSize(100_000)
			.build(new CacheLoader<>() {

				@Override
				public Long load(Long articleId) {
					return viewTotals(Set.of(articleId)).get(articleId);
				}

				@Override
				public Map<Long, Long> loadAll(Set<? extends Long> articleIds) {
					return viewTotals(articleIds);
				}
			});
	}

	/** Clears every cached public read and rendered page on this node, now and again when the current transaction commits. */
	void invalidate() {
		clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					clear();
				}
			});
		}
	}

	/** How many times the cached reads and pages of this node were cleared (tests check that a premise held). */
	long clears() {
		return clears.sum();
	}

	private void clear() {
		clears.increment();
		cache.invalidateAll();
		listeners.forEach(Runnable::run);
	}

	/** Runs the action whenever the cached reads are cleared. */
	void onInvalidate(Runnable action) {
		listeners.add(action);
	}

	/**
	 * Clears the caches when what the public pages show has changed since the last look: articles or
	 * documents written (here or on another node), files added, or a scheduled article gone live. One check
	 * at a time: a scheduled check that read the stamp before another's could otherwise set the older stamp
	 * back and clear again for a change already taken in.
	 */
	@Scheduled(fixedDelayString = "${giupxa.portal.change-check:2s}")
	synchronized void checkForChanges() {
		String current = jdbc.sql("""
				SELECT concat_ws(':',
				  (SELECT count(*) || '.' || coalesce(sum(version), 0) FROM portal_article),
				  (SELECT count(*) FROM portal_article a WHERE""" + LIVE + """
				),
				  (SELECT count(*) || '.' || coalesce(sum(version), 0) FROM portal_document),
				  (SELECT count(*) || '.' || coalesce(max(id), 0) FROM portal_file),
				  (SELECT count(*) FROM portal_category))""")
			.param("now", now()).query(String.class).single();
		String previous = stamp.getAndSet(current);
		if (previous != null && !previous.equals(current)) {
			clear();
		}
	}

	/** The article's counted views ("Lượt xem") as last written to the database. */
	long views(long articleId) {
		return viewTotals.get(articleId);
	}

	/**
	 * Reads the known articles' view totals again (after a flush wrote new counts), in one statement and in
	 * the calling thread: readers keep getting the last totals meanwhile, and the new ones when this returns.
	 */
	void refreshViews() {
		Set<Long> known = Set.copyOf(viewTotals.asMap().keySet());
		if (!known.isEmpty()) {
			viewTotals.putAll(viewTotals(known));
		}
	}

	private Map<Long, Long> viewTotals(Set<? extends Long> articleIds) {
		Map<Long, Long> totals = new HashMap<>();
		articleIds.forEach(id -> totals.put(id, 0L));
		jdbc.sql("""
				SELECT article_id, sum(views) AS views FROM portal_article_view_day
				WHERE article_id = ANY(:ids) GROUP BY article_id""")
			.param("ids", articleIds.toArray(Long[]::new))
			.query((rs, row) -> totals.put(rs.getLong("article_id"), rs.getLong("views")))
			.list();
		return totals;
	}

	@SuppressWarnings("unchecked")
	private <T> T cached(Object key, java.util.function.Supplier<T> loader) {
		return (T) cache.get(key, k -> loader.get());
	}

	List<CategoryView> categories() {
		return cached("categories", () -> jdbc.sql("SELECT id, slug, name FROM portal_category ORDER BY position, id")
			.query((rs, row) -> new CategoryView(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
			.list());
	}

	boolean categoryExists(Long id) {
		return id != null && categories().stream().anyMatch(category -> category.id() == id);
	}

	Optional<CategoryView> category(String slug) {
		return categories().stream().filter(category -> category.slug().equals(slug)).findFirst();
	}

	List<ArticleCard> featured(int size) {
		return cached("featured:" + size, () -> jdbc.sql(CARD + " WHERE" + LIVE
				+ " AND a.featured ORDER BY a.published_at DESC, a.id DESC LIMIT :size")
			.param("now", now()).param("size", size).query(this::card).list());
	}

	/** Published articles, newest first, of a category (or all); a page past the end gives the last page. */
	Page<ArticleCard> articles(Long categoryId, long excludedId, int page, int size) {
		return cached(List.of("articles", String.valueOf(categoryId), excludedId, page, size), () -> {
			String where = " WHERE" + LIVE + " AND a.id <> :excluded"
					+ (categoryId == null ? "" : " AND a.category_id = :category");
			Map<String, Object> params = new HashMap<>();
			params.put("now", now());
			params.put("excluded", excludedId);
			if (categoryId != null) {
				params.put("category", categoryId);
			}
			long total = jdbc.sql("SELECT count(*) FROM portal_article a" + where).params(params).query(Long.class).single();
			int current = clamp(page, total, size);
			List<ArticleCard> cards = jdbc.sql(CARD + where + " ORDER BY a.published_at DESC, a.id DESC LIMIT :size OFFSET :offset")
				.params(params).param("size", size).param("offset", (long) current * size)
				.query(this::card).list();
			return new PageImpl<>(cards, PageRequest.of(current, size), total);
		});
	}

	/** The live article, its view count as last written. */
	Optional<ArticleDetail> article(String slug) {
		Optional<ArticleDetail> article = cached(List.of("article", slug), () -> jdbc.sql("""
				SELECT a.id, a.slug, a.title, a.summary, a.body_html, a.author, a.published_at, c.slug AS category_slug,
				       c.name AS category_name, a.image_file_id, a.image_alt
				FROM portal_article a JOIN portal_category c ON c.id = a.category_id
				WHERE a.slug = :slug AND""" + LIVE)
			.param("slug", slug).param("now", now())
			.query((rs, row) -> new ArticleDetail(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					rs.getString("summary"), rs.getString("body_html"), rs.getString("author"),
					local(rs.getTimestamp("published_at")), rs.getString("category_slug"), rs.getString("category_name"),
					(Long) rs.getObject("image_file_id"), rs.getString("image_alt"), 0,
					documentsOfArticle(rs.getLong("id"))))
			.optional());
		return article.map(found -> found.withViews(views(found.id())));
	}

	/** The live articles that attach a document. */
	List<ArticleCard> articlesWithDocument(long documentId) {
		return jdbc.sql(CARD + " JOIN portal_article_document ad ON ad.article_id = a.id WHERE ad.document_id = :id AND"
				+ LIVE + " ORDER BY a.published_at DESC LIMIT 20")
			.param("id", documentId).param("now", now()).query(this::card).list();
	}

	Page<DocumentSummary> documents(DocumentType type, String issuer, Integer year, String text, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new HashMap<>();
		if (type != null) {
			where.append(" AND d.type = :type");
			params.put("type", type.name());
		}
		if (Texts.clean(issuer) != null) {
			where.append(" AND d.issuer = :issuer");
			params.put("issuer", Texts.clean(issuer));
		}
		if (year != null) {
			where.append(" AND extract(year FROM d.issued_on) = :year");
			params.put("year", year);
		}
		List<String> terms = Search.terms(text);
		for (int i = 0; i < terms.size(); i++) {
			where.append(" AND search_key(d.number_symbol || ' ' || d.summary || ' ' || d.issuer) LIKE :t" + i + " ESCAPE '\\'");
			params.put("t" + i, Search.likePattern(terms.get(i)));
		}
		long total = jdbc.sql("SELECT count(*) FROM portal_document d" + where).params(params).query(Long.class).single();
		int current = clamp(page, total, size);
		List<DocumentSummary> rows = jdbc.sql(DOCUMENT + where + " ORDER BY d.issued_on DESC, d.id DESC LIMIT :size OFFSET :offset")
			.params(params).param("size", size).param("offset", (long) current * size)
			.query((rs, row) -> document(rs, List.of())).list();
		List<DocumentSummary> withFiles = new ArrayList<>();
		rows.forEach(document -> withFiles.add(withFiles(document)));
		return new PageImpl<>(withFiles, PageRequest.of(current, size), total);
	}

	Optional<DocumentSummary> document(long id) {
		return jdbc.sql(DOCUMENT + " WHERE d.id = :id").param("id", id)
			.query((rs, row) -> document(rs, List.of())).optional().map(this::withFiles);
	}

	List<String> issuers() {
		return cached("issuers", () -> jdbc.sql("SELECT DISTINCT issuer FROM portal_document ORDER BY issuer")
			.query(String.class).list());
	}

	List<Integer> years() {
		return cached("years", () -> jdbc.sql(
				"SELECT DISTINCT extract(year FROM issued_on)::int AS y FROM portal_document ORDER BY y DESC")
			.query(Integer.class).list());
	}

	/** All documents, newest first, for the editor's article form. */
	List<DocumentSummary> recentDocuments(int size) {
		return jdbc.sql(DOCUMENT + " ORDER BY d.issued_on DESC, d.id DESC LIMIT :size").param("size", size)
			.query((rs, row) -> document(rs, List.of())).list();
	}

	Optional<FileView> file(long id) {
		return jdbc.sql("SELECT id, original_name, kind, size_bytes, download_count FROM portal_file WHERE id = :id")
			.param("id", id).query(PortalReader::fileView).optional();
	}

	/** Download counts are statistics, not changes: one UPDATE, no audit row. */
	void countDownload(long fileId) {
		jdbc.sql("UPDATE portal_file SET download_count = download_count + 1 WHERE id = :id").param("id", fileId).update();
	}

	private List<DocumentSummary> documentsOfArticle(long articleId) {
		return jdbc.sql(DOCUMENT + " JOIN portal_article_document ad ON ad.document_id = d.id WHERE ad.article_id = :id"
				+ " ORDER BY d.issued_on DESC, d.id")
			.param("id", articleId).query((rs, row) -> document(rs, List.of())).list()
			.stream().map(this::withFiles).toList();
	}

	private DocumentSummary withFiles(DocumentSummary document) {
		List<FileView> files = jdbc.sql("SELECT id, original_name, kind, size_bytes, download_count FROM portal_file"
				+ " WHERE document_id = :id ORDER BY id")
			.param("id", document.id()).query(PortalReader::fileView).list();
		return new DocumentSummary(document.id(), document.numberSymbol(), document.type(), document.issuedOn(),
				document.issuer(), document.signer(), document.summary(), files);
	}

	private static FileView fileView(ResultSet rs, int row) throws SQLException {
		return new FileView(rs.getLong("id"), rs.getString("original_name"), FileKind.valueOf(rs.getString("kind")),
				rs.getLong("size_bytes"), rs.getLong("download_count"));
	}

	private static DocumentSummary document(ResultSet rs, List<FileView> files) throws SQLException {
		return new DocumentSummary(rs.getLong("id"), rs.getString("number_symbol"),
				DocumentType.valueOf(rs.getString("type")), rs.getObject("issued_on", java.time.LocalDate.class),
				rs.getString("issuer"), rs.getString("signer"), rs.getString("summary"), files);
	}

	private ArticleCard card(ResultSet rs, int row) throws SQLException {
		return new ArticleCard(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
				local(rs.getTimestamp("published_at")), rs.getString("category_slug"), rs.getString("category_name"),
				(Long) rs.getObject("image_file_id"), rs.getString("image_alt"));
	}

	private LocalDateTime local(Timestamp timestamp) {
		return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), clock.getZone());
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	/** The page to show: never below the first, never past the last. */
	static int clamp(int page, long total, int size) {
		int last = total == 0 ? 0 : (int) ((total - 1) / size);
		return Math.max(0, Math.min(page, last));
	}
}
