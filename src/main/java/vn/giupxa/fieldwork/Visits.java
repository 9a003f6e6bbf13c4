package vn.giupxa.fieldwork;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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

/** The paged, scoped reads of field visits: a visit is visible when its commune lies in the caller's scope. */
@Component
@Transactional(readOnly = true)
class Visits {

	private static final String SELECT = """
			SELECT v.id, u.code AS commune_code, u.name AS commune_name, v.planned_on, v.start_time, v.ends_on, v.end_time, v.state, v.agenda,
			       v.participants, v.planned_by, v.notified_at, v.acknowledged_by, v.receiver, v.proposed_on,
			       v.proposal_reason, v.done_on, v.summary, v.recommendations, v.reported_by, v.reported_at,
			       v.cancel_reason, v.version
			FROM field_visit v
			JOIN administrative_unit u ON u.id = v.commune_id
			WHERE (:unrestricted OR v.commune_path LIKE ANY (CAST(:patterns AS text[])))
			""";

	private final JdbcClient jdbc;

	Visits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Visits in scope, optionally of one commune, state or date range; the nearest first. */
	Page<Row> list(VisitFilter filter, Scope scope, int page, int size) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = scopeParams(scope);
		if (filter.commune() != null && !filter.commune().isBlank()) {
			where.append(" AND u.code = :commune");
			params.put("commune", filter.commune().strip());
		}
		if (filter.state() != null) {
			where.append(" AND v.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.from() != null) {
			where.append(" AND v.planned_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" AND v.planned_on <= :to");
			params.put("to", filter.to());
		}
		long total = jdbc.sql("SELECT count(*) FROM (" + SELECT + where + ") x").params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY v.planned_on DESC, v.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Visits::row)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** One visit with the difficulties of its report, if in scope. */
	Optional<Detail> detail(long id, Scope scope) {
		Map<String, Object> params = scopeParams(scope);
		params.put("id", id);
		return jdbc.sql(SELECT + " AND v.id = :id").params(params).query(Visits::row).optional().map(row -> new Detail(row,
				jdbc.sql("""
						SELECT d.title, d.description, d.category_code, d.obstacle_id
						FROM field_visit_difficulty d WHERE d.visit_id = :id ORDER BY d.id""")
					.param("id", id)
					.query((rs, n) -> new Difficulty(rs.getString("title"), rs.getString("description"),
							rs.getString("category_code"), rs.getObject("obstacle_id", Long.class)))
					.list()));
	}

	private static Map<String, Object> scopeParams(Scope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("unrestricted", scope.unrestricted());
		params.put("patterns", scope.likePatterns().toArray(String[]::new));
		return params;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("commune_code"), rs.getString("commune_name"),
				rs.getObject("planned_on", LocalDate.class), time(rs.getString("start_time")),
				rs.getObject("ends_on", LocalDate.class), time(rs.getString("end_time")),
				VisitState.valueOf(rs.getString("state")), rs.getString("agenda"), rs.getString("participants"),
				rs.getString("planned_by"), instant(rs, "notified_at"), rs.getString("acknowledged_by"),
				rs.getString("receiver"), rs.getObject("proposed_on", LocalDate.class), rs.getString("proposal_reason"),
				rs.getObject("done_on", LocalDate.class), rs.getString("summary"), rs.getString("recommendations"),
				rs.getString("reported_by"), instant(rs, "reported_at"), rs.getString("cancel_reason"),
				rs.getLong("version"));
	}

	private static LocalTime time(String text) {
		return text == null ? null : LocalTime.parse(text);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	/**
	 * A visit as lists and pages show it.
	 *
	 * @param endsOn the last day of a visit over several days, null for a one-day visit
	 */
	record Row(long id, String communeCode, String communeName, LocalDate plannedOn, LocalTime startTime,
			LocalDate endsOn, LocalTime endTime,
			VisitState state, String agenda, String participants, String plannedBy, Instant notifiedAt,
			String acknowledgedBy, String receiver, LocalDate proposedOn, String proposalReason, LocalDate doneOn,
			String summary, String recommendations, String reportedBy, Instant reportedAt, String cancelReason,
			long version) {
	}

	/** A visit with the difficulties its report raised (each linked to its obstacle record). */
	record Detail(Row visit, List<Difficulty> difficulties) {
	}

	record Difficulty(String title, String description, String categoryCode, Long obstacleId) {
	}
}
