package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.Scope;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitView;

/**
 * The paged, scoped lists behind the directory pages. An agency is visible when the unit it is
 * attached to lies in the caller's scope; officials are people, not places, so their list is not scoped.
 */
@Component
@Transactional(readOnly = true)
class DirectorySearch {

	static final int PAGE_SIZE = 25;

	private static final String IN_SCOPE = " AND (:unrestricted OR u.path LIKE ANY (CAST(:patterns AS text[])))";

	private static final String OFFICIAL = """
			SELECT o.id, o.full_name, o.email, o.phone,
			       (SELECT string_agg(p.title || ' – ' || coalesce(a.short_name, a.name), '; ' ORDER BY p.rank, p.id)
			        FROM position_holding h
			        JOIN agency_position p ON p.id = h.position_id
			        JOIN agency a ON a.id = p.agency_id
			        WHERE h.official_id = o.id AND h.start_on <= :today AND (h.end_on IS NULL OR h.end_on >= :today)
			       ) AS current_positions
			FROM official o
			""";

	private final JdbcClient jdbc;

	private final Territory territory;

	DirectorySearch(JdbcClient jdbc, Territory territory) {
		this.jdbc = jdbc;
		this.territory = territory;
	}

	/** The unit in force on the date with this official code, if it lies in the scope. */
	Optional<UnitView> visibleUnit(String code, LocalDate date, Scope scope) {
		String cleaned = Texts.clean(code);
		if (cleaned == null) {
			return Optional.empty();
		}
		return territory.findByCode(cleaned, date).filter(unit -> scope.covers(unit.path()));
	}

	/** The unit with this id, if it lies in the scope. */
	Optional<UnitView> visibleUnit(long id, Scope scope) {
		return territory.findById(id).filter(unit -> scope.covers(unit.path()));
	}

	Page<AgencyView> agencies(AgencyKind kind, String text, int page, Scope scope) {
		StringBuilder where = new StringBuilder(" WHERE true" + IN_SCOPE);
		Map<String, Object> params = scopeParams(scope);
		if (kind != null) {
			where.append(" AND a.kind = :kind");
			params.put("kind", kind.name());
		}
		String query = Texts.clean(text);
		if (query != null) {
			where.append(" AND (search_key(a.name) LIKE '%' || search_key(:q) || '%'"
					+ " OR search_key(coalesce(a.short_name, '')) LIKE '%' || search_key(:q) || '%'"
					+ " OR upper(a.code) = upper(:q))");
			params.put("q", query);
		}
		long total = jdbc.sql("SELECT count(*) FROM agency a JOIN administrative_unit u ON u.id = a.unit_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		int current = Math.max(page, 0);
		List<AgencyView> agencies = jdbc.sql(Directory.AGENCY + where
				+ " ORDER BY search_key(a.name), a.name, a.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) current * PAGE_SIZE)
			.query(Directory::agency)
			.list();
		return new PageImpl<>(agencies, PageRequest.of(current, PAGE_SIZE), total);
	}

	/** The agency, unless it does not exist or lies outside the scope (which must not be revealed). */
	Optional<AgencyView> visibleAgency(long id, Scope scope) {
		return jdbc.sql(Directory.AGENCY + " WHERE a.id = :id" + IN_SCOPE)
			.params(scopeParams(scope))
			.param("id", id)
			.query(Directory::agency)
			.optional();
	}

	/** The agency with this code, if the caller may see it. */
	Optional<AgencyView> visibleAgency(String code, Scope scope) {
		return jdbc.sql(Directory.AGENCY + " WHERE upper(a.code) = upper(:code)" + IN_SCOPE)
			.params(scopeParams(scope))
			.param("code", code)
			.query(Directory::agency)
			.optional();
	}

	/** Officials by accent-insensitive name, e-mail or number, with the positions they hold today. */
	Page<OfficialListItem> officials(String text, int page, int size, LocalDate today) {
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new HashMap<>();
		String query = Texts.clean(text);
		if (query != null) {
			where.append(" AND (search_key(o.full_name) LIKE '%' || search_key(:q) || '%'"
					+ " OR lower(o.email) LIKE '%' || lower(:q) || '%' OR o.id::text = :q)");
			params.put("q", query);
		}
		long total = jdbc.sql("SELECT count(*) FROM official o" + where).params(params).query(Long.class).single();
		int current = Math.max(page, 0);
		List<OfficialListItem> officials = jdbc.sql(OFFICIAL + where
				+ " ORDER BY search_key(o.full_name), o.full_name, o.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("today", today)
			.param("limit", size)
			.param("offset", (long) current * size)
			.query((rs, row) -> new OfficialListItem(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"),
					rs.getString("phone"), rs.getString("current_positions")))
			.list();
		return new PageImpl<>(officials, PageRequest.of(current, size), total);
	}

	private static Map<String, Object> scopeParams(Scope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("unrestricted", scope.unrestricted());
		params.put("patterns", scope.likePatterns().toArray(String[]::new));
		return params;
	}

	/** A line of the officials list. */
	record OfficialListItem(long id, String fullName, String email, String phone, String currentPositions) {
	}
}
