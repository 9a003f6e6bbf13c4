package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.Scope;

/** The paged, scoped reads of the dissemination log: a record is visible when its commune lies in the scope. */
@Component
@Transactional(readOnly = true)
class Disseminations {

	private static final String SELECT = """
			SELECT d.id, u.code AS commune_code, u.name AS commune_name, d.document_id, d.passed_on, d.channel, d.note,
			       d.visit_id, d.recorded_by
			FROM dissemination d JOIN administrative_unit u ON u.id = d.commune_id
			WHERE (:unrestricted OR d.commune_path LIKE ANY (CAST(:patterns AS text[])))
			""";

	private final JdbcClient jdbc;

	Disseminations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records in scope, optionally of one commune and year; the latest first. */
	Page<Row> list(String commune, Integer year, Scope scope, int page, int size) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = HelpPlans.scopeParams(scope);
		if (commune != null && !commune.isBlank()) {
			where.append(" AND u.code = :commune");
			params.put("commune", commune.strip());
		}
		if (year != null) {
			where.append(" AND extract(year FROM d.passed_on) = :year");
			params.put("year", year);
		}
		long total = jdbc.sql("SELECT count(*) FROM (" + SELECT + where + ") x").params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY d.passed_on DESC, d.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("commune_code"), rs.getString("commune_name"),
					rs.getLong("document_id"), rs.getObject("passed_on", LocalDate.class),
					DisseminationChannel.valueOf(rs.getString("channel")), rs.getString("note"),
					rs.getObject("visit_id", Long.class), rs.getString("recorded_by")))
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** Field visits in scope that a record may name (not cancelled), the latest first. */
	List<VisitChoice> visitChoices(Scope scope) {
		return jdbc.sql("""
				SELECT v.id, v.planned_on, u.code AS commune_code, u.name AS commune_name FROM field_visit v
				JOIN administrative_unit u ON u.id = v.commune_id
				WHERE v.state <> 'CANCELLED' AND (:unrestricted OR v.commune_path LIKE ANY (CAST(:patterns AS text[])))
				ORDER BY v.planned_on DESC, v.id DESC LIMIT 100""")
			.params(HelpPlans.scopeParams(scope))
			.query((rs, n) -> new VisitChoice(rs.getLong("id"), rs.getObject("planned_on", LocalDate.class),
					rs.getString("commune_code"), rs.getString("commune_name")))
			.list();
	}

	record Row(long id, String communeCode, String communeName, long documentId, LocalDate passedOn,
			DisseminationChannel channel, String note, Long visitId, String recordedBy) {
	}

	record VisitChoice(long id, LocalDate plannedOn, String communeCode, String communeName) {
	}
}
