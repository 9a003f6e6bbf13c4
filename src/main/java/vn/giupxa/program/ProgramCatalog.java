package vn.giupxa.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog as other modules read it: the program items and commune criteria a difficulty, a visit
 * or a report may refer to. An item is open on a date when neither it nor its program is closed and
 * the program's years cover the date; a criterion is in force when its commune set is.
 */
@Service
@Transactional(readOnly = true)
public class ProgramCatalog {

	private static final String COMPONENTS = """
			SELECT c.id, c.number, c.name, p.code AS grp
			FROM program_component c JOIN target_program p ON p.id = c.program_id
			""";

	private static final String OPEN = """
			 WHERE (c.closed_on IS NULL OR c.closed_on > :date) AND (p.closed_on IS NULL OR p.closed_on > :date)
			   AND p.first_year <= :year AND p.last_year >= :year""";

	private static final String CRITERIA = """
			SELECT c.id, CAST(c.number AS text) AS number, c.name, s.code AS grp
			FROM criterion c JOIN criteria_set s ON s.id = c.set_id
			""";

	// Province-level sets measure the province, not a commune, so a commune's item never refers to them.
	private static final String IN_FORCE = """
			 WHERE s.level <> 'PROVINCE' AND s.valid_from <= :date AND (s.valid_to IS NULL OR s.valid_to >= :date)""";

	private final JdbcClient jdbc;

	ProgramCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Items open on the date, by program (oldest first) then number ("4.10" after "4.2"). */
	public List<CatalogOption> openComponents(LocalDate date) {
		return jdbc.sql(COMPONENTS + OPEN + " ORDER BY p.first_year, p.code")
			.param("date", date)
			.param("year", date.getYear())
			.query(ProgramCatalog::option)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Numbered::group, LinkedHashMap::new, Collectors.toList()))
			.values()
			.stream()
			.flatMap(items -> items.stream().sorted(Comparator.comparing(Numbered::number, Catalog::compareNumbers)))
			.map(Numbered::option)
			.toList();
	}

	/** Criteria of the commune sets in force on the date, by set then number. */
	public List<CatalogOption> criteriaInForce(LocalDate date) {
		return jdbc.sql(CRITERIA + IN_FORCE + " ORDER BY s.valid_from, s.code, c.number")
			.param("date", date)
			.query(ProgramCatalog::option)
			.list()
			.stream()
			.map(Numbered::option)
			.toList();
	}

	public boolean componentIsOpen(long id, LocalDate date) {
		return jdbc.sql("SELECT EXISTS (" + COMPONENTS + OPEN + " AND c.id = :id)")
			.param("date", date)
			.param("year", date.getYear())
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	public boolean criterionInForce(long id, LocalDate date) {
		return jdbc.sql("SELECT EXISTS (" + CRITERIA + IN_FORCE + " AND c.id = :id)")
			.param("date", date)
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	/** Items by id, closed ones included (what was linked stays readable). */
	public Map<Long, CatalogOption> components(Collection<Long> ids) {
		return byId(COMPONENTS, ids);
	}

	/** Criteria by id, of any set. */
	public Map<Long, CatalogOption> criteria(Collection<Long> ids) {
		return byId(CRITERIA, ids);
	}

	private Map<Long, CatalogOption> byId(String select, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(select + " WHERE c.id = ANY (CAST(:ids AS bigint[]))")
			.param("ids", ids.stream().distinct().toArray(Long[]::new))
			.query(ProgramCatalog::option)
			.list()
			.stream()
			.map(Numbered::option)
			.collect(Collectors.toMap(CatalogOption::id, Function.identity()));
	}

	private static Numbered option(ResultSet rs, int row) throws SQLException {
		String number = rs.getString("number");
		String group = rs.getString("grp");
		return new Numbered(number, group, new CatalogOption(rs.getLong("id"),
				number + " " + rs.getString("name") + " (" + group + ")", group));
	}

	private record Numbered(String number, String group, CatalogOption option) {
	}
}
