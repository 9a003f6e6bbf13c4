package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.Scope;

/** The visits and meetings of a date range in a scope, for the month view and the iCalendar feed. Cancelled ones are left out. */
@Component
@Transactional(readOnly = true)
class CalendarEntries {

	private static final String ENTRIES = """
			SELECT 'visit' AS type, v.id, u.code, u.name, v.commune_path AS path, v.planned_on AS day, v.start_time, v.ends_on, v.end_time,
			       v.agenda, v.state, NULL AS kind, NULL AS place, v.version
			FROM field_visit v JOIN administrative_unit u ON u.id = v.commune_id
			WHERE v.state <> 'CANCELLED' AND v.planned_on <= :to AND COALESCE(v.ends_on, v.planned_on) >= :from
			  AND (:unrestricted OR v.commune_path LIKE ANY (CAST(:patterns AS text[])))
			  AND (CAST(:commune AS text) IS NULL OR u.code = :commune)
			UNION ALL
			SELECT 'meeting', m.id, u.code, u.name, m.commune_path, m.held_on, m.start_time, NULL, NULL, m.agenda, m.state, m.kind, m.place, m.version
			FROM commune_meeting m JOIN administrative_unit u ON u.id = m.commune_id
			WHERE m.state <> 'CANCELLED' AND m.held_on BETWEEN :from AND :to
			  AND (:unrestricted OR m.commune_path LIKE ANY (CAST(:patterns AS text[])))
			  AND (CAST(:commune AS text) IS NULL OR u.code = :commune)
			ORDER BY day, start_time NULLS FIRST, type, id
			""";

	private final JdbcClient jdbc;

	CalendarEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Entries from {@code from} to {@code to} (inclusive), optionally of one commune (official code). */
	List<Entry> between(LocalDate from, LocalDate to, Scope scope, String commune) {
		Map<String, Object> params = Meetings.scopeParams(scope);
		params.put("from", from);
		params.put("to", to);
		params.put("commune", commune == null || commune.isBlank() ? null : commune.strip());
		return jdbc.sql(ENTRIES)
			.params(params)
			.query((rs, n) -> {
				return new Entry(rs.getString("type"), rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getString("path"), rs.getObject("day", LocalDate.class), time(rs.getString("start_time")),
						rs.getObject("ends_on", LocalDate.class), time(rs.getString("end_time")), rs.getString("agenda"), rs.getString("state"), rs.getString("kind"), rs.getString("place"),
						rs.getLong("version"));
			})
			.list();
	}

	private static LocalTime time(String text) {
		return text == null ? null : LocalTime.parse(text);
	}

	/**
	 * A visit or a meeting on the calendar. {@code type} is "visit" or "meeting" (also the start of its message keys
	 * and its path); {@code kind} is the meeting's kind, null for visits; {@code endsOn} the last day of a visit over
	 * several days and {@code endTime} the hour it ends, both null when not given.
	 */
	record Entry(String type, long id, String communeCode, String communeName, String communePath, LocalDate day, LocalTime startTime,
			LocalDate endsOn, LocalTime endTime, String agenda, String state, String kind, String place, long version) {

		LocalDate lastDay() {
			return endsOn == null ? day : endsOn;
		}

		public String link() {
			return "/" + type + "s/" + id;
		}

		/** Stable across edits and exports: the same record keeps its UID. */
		String uid() {
			return type + "-" + id + "@giupxa";
		}
	}
}
