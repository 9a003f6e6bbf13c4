package vn.giupxa.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.shared.Texts;

/**
 * One accent-insensitive, ranked search over published articles and official documents. Every
 * word must appear (after {@code search_key}: no accents, lower case); results are ranked by
 * trigram word similarity to the title (or number and summary), then by date. The query is
 * always a parameter, so SQL or HTML typed into the box is just text.
 */
@Component
class Search {

	static final int PAGE_SIZE = 10;

	private static final int MAX_TERMS = 8;

	private static final int SNIPPET = 240;

	private final JdbcClient jdbc;

	private final Clock clock;

	Search(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A search result: an article (link by slug) or a document (link by id), its snippet already escaped HTML. */
	record Hit(String kind, String slug, Long documentId, String title, String snippetHtml, LocalDate date) {
	}

	Page<Hit> search(String query, int page) {
		List<String> terms = terms(query);
		if (terms.isEmpty()) {
			return Page.empty(PageRequest.of(0, PAGE_SIZE));
		}
		Map<String, Object> params = new HashMap<>();
		params.put("q", String.join(" ", terms));
		params.put("now", Timestamp.from(Instant.now(clock)));
		StringBuilder articleMatch = new StringBuilder();
		StringBuilder documentMatch = new StringBuilder();
		for (int i = 0; i < terms.size(); i++) {
			params.put("t" + i, likePattern(terms.get(i)));
			articleMatch.append(" AND search_key(a.title || ' ' || a.summary || ' ' || a.body_text) LIKE :t" + i + " ESCAPE '\\'");
			documentMatch.append(" AND search_key(d.number_symbol || ' ' || d.summary || ' ' || d.issuer) LIKE :t" + i + " ESCAPE '\\'");
		}
		String union = """
				SELECT 'ARTICLE' AS kind, a.slug, NULL::bigint AS document_id, a.title, a.summary || ' ' || a.body_text AS text,
				       a.published_at AS at,
				       2 * word_similarity(search_key(:q), search_key(a.title)) + word_similarity(search_key(:q), search_key(a.summary)) AS rank
				FROM portal_article a WHERE""" + PortalReader.LIVE + articleMatch + """

				UNION ALL
				SELECT 'DOCUMENT', NULL, d.id, d.number_symbol, d.summary, d.issued_on::timestamptz,
				       2 * word_similarity(search_key(:q), search_key(d.number_symbol || ' ' || d.summary))
				FROM portal_document d WHERE true""" + documentMatch;
		long total = jdbc.sql("SELECT count(*) FROM (" + union + ") hits").params(params).query(Long.class).single();
		int current = PortalReader.clamp(page, total, PAGE_SIZE);
		List<Hit> hits = jdbc.sql("SELECT * FROM (" + union + ") hits ORDER BY rank DESC, at DESC LIMIT :size OFFSET :offset")
			.params(params).param("size", PAGE_SIZE).param("offset", (long) current * PAGE_SIZE)
			.query((rs, row) -> new Hit(rs.getString("kind"), rs.getString("slug"), (Long) rs.getObject("document_id"),
					rs.getString("title"), highlight(rs.getString("text"), terms),
					LocalDateTime.ofInstant(rs.getTimestamp("at").toInstant(), clock.getZone()).toLocalDate()))
			.list();
		return new PageImpl<>(hits, PageRequest.of(current, PAGE_SIZE), total);
	}

	/** The distinct words of a query, folded (no accents, lower case), at most eight. */
	static List<String> terms(String query) {
		if (query == null) {
			return List.of();
		}
		String folded = fold(query).toLowerCase(Locale.ROOT);
		return Arrays.stream(folded.split("[\\s,;.!?()\"']+"))
			.filter(term -> !term.isBlank())
			.distinct()
			.limit(MAX_TERMS)
			.toList();
	}

	/** {@code %term%} with LIKE's own wildcards escaped. */
	static String likePattern(String term) {
		return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** Each character without its accent (one character for one, so positions line up); đ → d. */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			String one = Texts.withoutAccents(String.valueOf(text.charAt(i)));
			folded.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
		}
		return folded.toString();
	}

	/**
	 * A window of the text around the first match, HTML-escaped, with every match of every term in
	 * {@code <mark>}. Only escaped text and the mark tags come out.
	 */
	static String highlight(String text, List<String> terms) {
		if (text == null) {
			return "";
		}
		String folded = fold(text).toLowerCase(Locale.ROOT);
		boolean[] marked = new boolean[text.length()];
		int first = -1;
		for (String term : terms) {
			for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
				Arrays.fill(marked, at, at + term.length(), true);
				first = first < 0 ? at : Math.min(first, at);
			}
		}
		int start = Math.max(0, first - SNIPPET / 3);
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		int end = Math.min(text.length(), start + SNIPPET);
		StringBuilder html = new StringBuilder(start > 0 ? "… " : "");
		List<String> pieces = new ArrayList<>();
		int i = start;
		while (i < end) {
			int j = i;
			while (j < end && marked[j] == marked[i]) {
				j++;
			}
			String piece = HtmlUtils.htmlEscape(text.substring(i, j), "UTF-8");
			pieces.add(marked[i] ? "<mark>" + piece + "</mark>" : piece);
			i = j;
		}
		pieces.forEach(html::append);
		return html.append(end < text.length() ? " …" : "").toString();
	}
}
