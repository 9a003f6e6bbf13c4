package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giupxa.account.Role;
import vn.giupxa.shared.HomePanel;
import vn.giupxa.shared.ScopedUser;

/**
 * "Việc cần làm": the fieldwork waiting for the user. On the helper side: visit reports they owe, meeting reports
 * they owe, coming meetings of their communes with nobody named yet; on the commune side: announced visits to
 * acknowledge.
 */
@Component
class ReminderHomePanel implements HomePanel {

	private static final int LIMIT = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReminderHomePanel(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<Map<String, Object>> modelFor(ScopedUser user) {
		Set<Role> roles = Role.ofCaller();
		boolean helper = roles.stream().anyMatch(VisitService.HELPER_ROLES::contains);
		boolean commune = roles.stream().anyMatch(VisitService.COMMUNE_ROLES::contains);
		if (!helper && !commune) {
			return Optional.empty();
		}
		Map<String, Object> params = Meetings.scopeParams(user.scope());
		params.put("me", user.username());
		params.put("today", LocalDate.now(clock));
		params.put("limit", LIMIT);
		List<Item> items = new ArrayList<>();
		if (helper) {
			items.addAll(items("""
					SELECT 'fieldwork.todo.visitReport' AS message, v.id, u.name, v.planned_on AS day, '/visits/' AS path
					FROM field_visit v JOIN administrative_unit u ON u.id = v.commune_id
					WHERE v.state = 'DONE' AND v.planned_by = :me
					UNION ALL
					SELECT 'fieldwork.todo.meetingReport', m.id, u.name, m.held_on, '/meetings/'
					FROM commune_meeting m JOIN administrative_unit u ON u.id = m.commune_id
					WHERE m.state = 'ATTENDEE_NAMED' AND m.held_on <= :today
					  AND (m.attendee = :me OR (m.whole_team AND (:unrestricted OR m.commune_path LIKE ANY (CAST(:patterns AS text[])))))
					UNION ALL
					SELECT 'fieldwork.todo.nameAttendee', m.id, u.name, m.held_on, '/meetings/'
					FROM commune_meeting m JOIN administrative_unit u ON u.id = m.commune_id
					WHERE m.state = 'PUBLISHED' AND m.held_on >= :today
					  AND (:unrestricted OR m.commune_path LIKE ANY (CAST(:patterns AS text[])))
					ORDER BY day LIMIT :limit""", params));
		}
		if (commune) {
			items.addAll(items("""
					SELECT 'fieldwork.todo.acknowledge' AS message, v.id, u.name, v.planned_on AS day, '/visits/' AS path
					FROM field_visit v JOIN administrative_unit u ON u.id = v.commune_id
					WHERE v.state = 'NOTIFIED' AND v.planned_on >= :today
					  AND (:unrestricted OR v.commune_path LIKE ANY (CAST(:patterns AS text[])))
					ORDER BY day LIMIT :limit""", params));
		}
		return items.isEmpty() ? Optional.empty() : Optional.of(Map.of("items", items));
	}

	private List<Item> items(String sql, Map<String, Object> params) {
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Item(rs.getString("message"), rs.getString("name"),
					rs.getObject("day", LocalDate.class), rs.getString("path") + rs.getLong("id")))
			.list();
	}

	@Override
	public String template() {
		return "fieldwork/todo";
	}

	@Override
	public int order() {
		return 20;
	}

	/** One thing to do: its message key (arguments: the commune, the day), and where to do it. */
	record Item(String messageKey, String commune, LocalDate day, String link) {
	}
}
