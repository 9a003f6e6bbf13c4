package vn.giupxa.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.giupxa.shared.JdbcReads;
import vn.giupxa.shared.Texts;

/**
 * Reads the administrative map as of a date. Every query takes the date: a 2023 view shows
 * districts, a 2026 view does not. This is the module's API for other modules.
 */
@Service
@JdbcReads
public class Territory {

	private static final String SELECT = """
			SELECT u.id, u.code, u.name, u.level, u.unit_type, u.path, u.valid_from, u.valid_to,
			       p.code AS parent_code, p.name AS parent_name
			FROM administrative_unit u
			LEFT JOIN administrative_unit p ON p.id = u.parent_id
			""";

	private static final String VALID_ON = """
			(u.valid_from IS NULL OR u.valid_from <= :asOf) AND (u.valid_to IS NULL OR u.valid_to >= :asOf)""";

	/**
	 * {@link #findByCode} as a statement for another module's own execution, with the parameters {@code :unitCode}
	 * and {@code :unitAsOf}: a caller that holds a unit {@link #remembered} runs it with its own statements, in the same
	 * round trip, and {@link #isSame} tells whether the unit is still the one remembered.
	 */
	public static final String FIND_BY_CODE = SELECT + " WHERE u.code = :unitCode AND "
			+ VALID_ON.replace(":asOf", ":unitAsOf") + " ORDER BY u.level LIMIT 1";

	/** At most this many units are remembered by code and date (a page asks for a province or two). */
	private static final int REMEMBERED_LIMIT = 1_000;

	private final JdbcClient jdbc;

	/** The units last found by {@link #findByCode}, by code and date: guesses, checked by {@link #FIND_BY_CODE}. */
	private final Cache<String, UnitView> remembered = Caffeine.newBuilder().maximumSize(REMEMBERED_LIMIT).build();

	Territory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UnitView> findByCode(String code, LocalDate asOf) {
		Optional<UnitView> unit = jdbc.sql(SELECT + " WHERE u.code = :code AND " + VALID_ON + " ORDER BY u.level LIMIT 1")
			.param("code", code)
			.param("asOf", asOf)
			.query(Territory::unit)
			.optional();
		unit.ifPresent(found -> {
			remembered.put(code + '@' + asOf, found);
		});
		return unit;
	}

	/**
	 * The unit last found by {@link #findByCode} with this code and date, if any: not read again, so it may have
	 * changed or ended since; only for statements that check it with {@link #FIND_BY_CODE}.
	 */
	public Optional<UnitView> remembered(String code, LocalDate asOf) {
		return Optional.ofNullable(remembered.getIfPresent(code + '@' + asOf));
	}

	/** Whether a row of {@link #FIND_BY_CODE} is this unit, as {@link #findByCode} would give it. */
	public static boolean isSame(ResultSet row, UnitView unit) throws SQLException {
		return unit.equals(unit(row, 0));
	}

	/** Every version carrying the code, newest first (codes are reused across eras). */
	public List<UnitView> versionsOf(String code) {
		return jdbc.sql(SELECT + " WHERE u.code = :code ORDER BY u.valid_from DESC NULLS LAST")
			.param("code", code)
			.query(Territory::unit)
			.list();
	}

	public Optional<UnitView> findById(long id) {
		return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id).query(Territory::unit).optional();
	}

	public Page<UnitView> search(UnitQuery query) {
		StringBuilder where = new StringBuilder(" WHERE " + VALID_ON);
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("asOf", query.asOf());
		if (query.level() != null) {
			where.append(" AND u.level = :level");
			params.put("level", query.level().name());
		}
		if (query.parentCode() != null) {
			where.append(" AND p.code = :parentCode AND (p.valid_from IS NULL OR p.valid_from <= :asOf)"
					+ " AND (p.valid_to IS NULL OR p.valid_to >= :asOf)");
			params.put("parentCode", query.parentCode());
		}
		String text = Texts.clean(query.text());
		if (text != null) {
			where.append(" AND (search_key(u.name) LIKE '%' || search_key(:text) || '%' OR u.code = :text)");
			params.put("text", text);
		}
		long total = jdbc.sql("SELECT count(*) FROM administrative_unit u LEFT JOIN administrative_unit p ON p.id = u.parent_id"
				+ where)
			.params(params)
			.query(Long.class)
			.single();
		List<UnitView> units = jdbc.sql(SELECT + where + " ORDER BY u.level, u.code LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(Territory::unit)
			.list();
		return new PageImpl<>(units, PageRequest.of(query.page(), query.size()), total);
	}

	/** Units formed from this one (mergers), with the date. */
	public List<Lineage> successorsOf(long unitId) {
		return jdbc.sql(SELECT.replace("FROM administrative_unit u", ", l.kind, l.effective_on, l.legal_basis FROM administrative_unit u")
				+ " JOIN unit_lineage l ON l.successor_id = u.id WHERE l.predecessor_id = :id ORDER BY u.code")
			.param("id", unitId)
			.query(Territory::lineage)
			.list();
	}

	/** Units this one was formed from. */
	public List<Lineage> predecessorsOf(long unitId) {
		return jdbc.sql(SELECT.replace("FROM administrative_unit u", ", l.kind, l.effective_on, l.legal_basis FROM administrative_unit u")
				+ " JOIN unit_lineage l ON l.predecessor_id = u.id WHERE l.successor_id = :id ORDER BY u.code")
			.param("id", unitId)
			.query(Territory::lineage)
			.list();
	}

	/** Materialised paths of the given units, for building an account's scope. */
	public Map<Long, String> pathsOf(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT id, path FROM administrative_unit WHERE id IN (:ids)")
			.param("ids", unitIds)
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("path")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Units in force on a date whose path lies under one of the given prefixes, at one level. */
	public List<UnitView> withinPaths(Collection<String> pathPrefixes, UnitLevel level, LocalDate asOf) {
		if (pathPrefixes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE " + VALID_ON
				+ " AND u.level = :level AND u.path LIKE ANY (CAST(:patterns AS text[])) ORDER BY u.code")
			.param("asOf", asOf)
			.param("level", level.name())
			.param("patterns", pathPrefixes.stream().map(path -> path + "%").toArray(String[]::new))
			.query(Territory::unit)
			.list();
	}

	static UnitView unit(ResultSet rs, int row) throws SQLException {
		return new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				UnitLevel.valueOf(rs.getString("level")), rs.getString("unit_type"), rs.getString("parent_code"),
				rs.getString("parent_name"), rs.getString("path"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}

	private static Lineage lineage(ResultSet rs, int row) throws SQLException {
		return new Lineage(unit(rs, row), rs.getString("kind"), rs.getObject("effective_on", LocalDate.class),
				rs.getString("legal_basis"));
	}

	/** A lineage link seen from one side: the other unit, the kind of change and when. */
	public record Lineage(UnitView unit, String kind, LocalDate effectiveOn, String legalBasis) {
	}
}
