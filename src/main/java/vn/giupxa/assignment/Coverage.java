package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.Scope;

/**
 * Coverage of the communes in the caller's scope as of any date: communes no issued assignment helps, helpers
 * (positions) with more communes than {@code giupxa.assignment.max-communes-per-helper}, and communes with more
 * than one helping position.
 */
@Component
@Transactional(readOnly = true)
class Coverage {

	private static final String UNIT_ON = """
			u.level = 'COMMUNE' AND (u.valid_from IS NULL OR u.valid_from <= :date) AND (u.valid_to IS NULL OR u.valid_to >= :date)""";

	private final JdbcClient jdbc;

	private final int maxCommunesPerHelper;

	Coverage(JdbcClient jdbc, @Value("${giupxa.assignment.max-communes-per-helper:3}") int maxCommunesPerHelper) {
		this.jdbc = jdbc;
		this.maxCommunesPerHelper = maxCommunesPerHelper;
	}

	int maxCommunesPerHelper() {
		return maxCommunesPerHelper;
	}

	Page<CommuneRow> communesWithoutHelper(LocalDate date, Scope scope, int page, int size) {
		String where = " FROM administrative_unit u WHERE " + UNIT_ON + Assignments.IN_SCOPE + """
				 AND NOT EXISTS (SELECT 1 FROM assignment a JOIN assignment_decision d ON d.id = a.decision_id
				   WHERE a.unit_id = u.id AND a.kind = 'HELP'""" + Assignments.IN_FORCE + ")";
		Map<String, Object> params = Assignments.scopeParams(scope);
		params.put("date", date);
		long total = jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
		List<CommuneRow> rows = jdbc.sql("SELECT u.code, u.name, 0 AS helpers" + where
				+ " ORDER BY u.code LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new CommuneRow(rs.getString("code"), rs.getString("name"), rs.getInt("helpers"), null))
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	List<HelperLoad> busyHelpers(LocalDate date, Scope scope) {
		Map<String, Object> params = Assignments.scopeParams(scope);
		params.put("date", date);
		params.put("limit", maxCommunesPerHelper);
		return jdbc.sql(Assignments.SELECT.replaceFirst("SELECT [\\s\\S]*?FROM assignment a", """
				SELECT a.position_id, min(p.title) AS title, min(coalesce(ag.short_name, ag.name)) AS agency,
				       count(DISTINCT a.unit_id) AS communes, string_agg(DISTINCT u.name, ', ') AS names
				FROM assignment a""") + " WHERE a.kind = 'HELP'" + Assignments.IN_FORCE + Assignments.IN_SCOPE
				+ " GROUP BY a.position_id HAVING count(DISTINCT a.unit_id) > :limit ORDER BY communes DESC LIMIT 200")
			.params(params)
			.query((rs, row) -> new HelperLoad(rs.getLong("position_id"), rs.getString("title"), rs.getString("agency"),
					rs.getInt("communes"), rs.getString("names")))
			.list();
	}

	List<CommuneRow> communesWithSeveralHelpers(LocalDate date, Scope scope) {
		Map<String, Object> params = Assignments.scopeParams(scope);
		params.put("date", date);
		return jdbc.sql(Assignments.SELECT.replaceFirst("SELECT [\\s\\S]*?FROM assignment a", """
				SELECT min(u.code) AS code, min(u.name) AS name, count(DISTINCT a.position_id) AS helpers,
				       string_agg(p.title || ' – ' || coalesce(ag.short_name, ag.name), '; ') AS names
				FROM assignment a""") + " WHERE a.kind = 'HELP'" + Assignments.IN_FORCE + Assignments.IN_SCOPE
				+ " GROUP BY a.unit_id HAVING count(DISTINCT a.position_id) > 1 ORDER BY min(u.code) LIMIT 200")
			.params(params)
			.query((rs, row) -> new CommuneRow(rs.getString("code"), rs.getString("name"), rs.getInt("helpers"),
					rs.getString("names")))
			.list();
	}

	/** A commune, with how many positions help it and who, where that matters. */
	record CommuneRow(String code, String name, int helpers, String helperNames) {
	}

	/** A helping position and how many communes it has. */
	record HelperLoad(long positionId, String title, String agency, int communes, String communeNames) {
	}
}
