package vn.giupxa.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's read API for other modules: the official documents of the public register ("văn bản", every one
 * of them is published at {@code /van-ban/{id}}), searched by number and text without accents, or looked up by id.
 */
@Service
@Transactional(readOnly = true)
public class PublishedDocuments {

	private static final String SELECT = "SELECT d.id, d.number_symbol, d.summary, d.issued_on, d.issuer FROM portal_document d";

	private final JdbcClient jdbc;

	PublishedDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Documents whose number, summary or issuer hold every word of {@code text} (all when blank), newest first. */
	public List<DocumentView> search(String text, int limit) {
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new HashMap<>();
		List<String> terms = Search.terms(text);
		for (int i = 0; i < terms.size(); i++) {
			where.append(" AND search_key(d.number_symbol || ' ' || d.summary || ' ' || d.issuer) LIKE :t" + i + " ESCAPE '\\'");
			params.put("t" + i, Search.likePattern(terms.get(i)));
		}
		return jdbc.sql(SELECT + where + " ORDER BY d.issued_on DESC, d.id DESC LIMIT :limit")
			.params(params)
			.param("limit", Math.max(1, Math.min(limit, 100)))
			.query(PublishedDocuments::view)
			.list();
	}

	public Optional<DocumentView> byId(long id) {
		return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(PublishedDocuments::view).optional();
	}

	public Map<Long, DocumentView> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT + " WHERE d.id = ANY (CAST(:ids AS bigint[]))")
			.param("ids", ids.stream().distinct().toArray(Long[]::new))
			.query(PublishedDocuments::view)
			.list()
			.stream()
			.collect(Collectors.toMap(DocumentView::id, Function.identity()));
	}

	private static DocumentView view(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		return new DocumentView(id, rs.getString("number_symbol"), rs.getString("summary"),
				rs.getObject("issued_on", LocalDate.class), rs.getString("issuer"), "/van-ban/" + id);
	}

	/**
	 * An official document as other modules show it.
	 *
	 * @param numberSymbol number and symbol, e.g. {@code 4393/UBND-NLN}
	 * @param summary the summary ("trích yếu"), which serves as its title
	 * @param publicUrl the document's public page on the portal
	 */
	public record DocumentView(long id, String numberSymbol, String summary, LocalDate issuedOn, String issuer,
			String publicUrl) {
	}
}
