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

/** The paged, scoped reads of commune meetings: a meeting is visible when its commune lies in the caller's scope. */
@Component
@Transactional(readOnly = true)
class Meetings {

	private static final String SELECT = """
			SELECT m.id, u.code AS commune_code, u.name AS commune_name, v.name AS village_name, m.kind, m.held_on,
			       m.start_time, m.place, m.agenda, m.published_by, m.state, m.attendee, m.whole_team,
			       m.named_by, m.discussed, m.recommendations, m.reported_by,
			       m.reported_at, m.cancel_reason, m.version
			FROM commune_meeting m
			JOIN administrative_unit u ON u.id = m.commune_id
			LEFT JOIN administrative_unit v ON v.id = m.village_id
			WHERE (:unrestricted OR m.commune_path LIKE ANY (CAST(:patterns AS text[])))
			""";

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Meetings in scope, optionally of one commune, state or date range; the latest first. */
	Page<Row> list(String commune, MeetingState state, LocalDate from, LocalDate to, Scope scope, int page, int size) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = scopeParams(scope);
		if (commune != null && !commune.isBlank()) {
			where.append(" AND u.code = :commune");
			params.put("commune", commune.strip());
		}
		if (state != null) {
			where.append(" AND m.state = :state");
			params.put("state", state.name());
		}
		if (from != null) {
			where.append(" AND m.held_on >= :from");
			params.put("from", from);
		}
		if (to != null) {
			where.append(" AND m.held_on <= :to");
			params.put("to", to);
		}
		long total = jdbc.sql("SELECT count(*) FROM (" + SELECT + where + ") x").params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY m.held_on DESC, m.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Meetings::row)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** One meeting with the difficulties of its report, if in scope. */
	Optional<Detail> detail(long id, Scope scope) {
		Map<String, Object> params = scopeParams(scope);
		params.put("id", id);
		return jdbc.sql(SELECT + " AND m.id = :id").params(params).query(Meetings::row).optional().map(row -> new Detail(row,
				jdbc.sql("""
						SELECT d.title, d.description, d.category_code, d.obstacle_id
						FROM commune_meeting_difficulty d WHERE d.meeting_id = :id ORDER BY d.id""")
					.param("id", id)
					.query((rs, n) -> new Visits.Difficulty(rs.getString("title"), rs.getString("description"),
							rs.getString("category_code"), rs.getObject("obstacle_id", Long.class)))
					.list()));
	}

	static Map<String, Object> scopeParams(Scope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("unrestricted", scope.unrestricted());
		params.put("patterns", scope.likePatterns().toArray(String[]::new));
		return params;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String time = rs.getString("start_time");
		OffsetDateTime reportedAt = rs.getObject("reported_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), rs.getString("commune_code"), rs.getString("commune_name"),
				rs.getString("village_name"), MeetingKind.valueOf(rs.getString("kind")),
				rs.getObject("held_on", LocalDate.class), time == null ? null : LocalTime.parse(time), rs.getString("place"),
				rs.getString("agenda"), rs.getString("published_by"), MeetingState.valueOf(rs.getString("state")),
				rs.getString("attendee"), rs.getBoolean("whole_team"),
				rs.getString("named_by"), rs.getString("discussed"), rs.getString("recommendations"),
				rs.getString("reported_by"), reportedAt == null ? null : reportedAt.toInstant(),
				rs.getString("cancel_reason"), rs.getLong("version"));
	}

	/** A meeting as lists, pages and the API show it. */
	record Row(long id, String communeCode, String communeName, String villageName, MeetingKind kind, LocalDate heldOn,
			LocalTime startTime, String place, String agenda, String publishedBy, MeetingState state, String attendee,
			boolean wholeTeam, String namedBy, String discussed, String recommendations,
			String reportedBy, Instant reportedAt, String cancelReason, long version) {
	}

	/** A meeting with the difficulties its report raised (each linked to its obstacle record). */
	record Detail(Row meeting, List<Visits.Difficulty> difficulties) {
	}
}
