package vn.giupxa.obstacle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giupxa.account.Role;
import vn.giupxa.shared.HomePanel;
import vn.giupxa.shared.ScopedUser;

/**
 * The home page block of items waiting for the user: held at a level they act at (or named to
 * them), overdue first, and those waiting for their confirmation or information.
 */
@Component
class ObstacleHomePanel implements HomePanel {

	private static final int LIMIT = 8;

	private final JdbcClient jdbc;

	private final Clock clock;

	ObstacleHomePanel(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<Map<String, Object>> modelFor(ScopedUser user) {
		List<String> levels = levelsOf();
		if (levels.isEmpty() && user.scope().paths().isEmpty() && !user.scope().unrestricted()) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(clock);
		List<Waiting> waiting = jdbc.sql("""
				SELECT o.id, o.title, o.state, o.due_on, u.name AS commune FROM obstacle o
				JOIN administrative_unit u ON u.id = o.commune_id
				WHERE (:unrestricted OR o.commune_path LIKE ANY (CAST(:scope AS text[])))
				  AND ((o.state = 'OPEN' AND (o.handler = :me OR (o.handler IS NULL AND o.level IN (:levels))))
				    OR (o.state IN ('AWAITING_CONFIRMATION', 'WAITING_FOR_INFORMATION') AND o.raised_by = :me))
				ORDER BY (o.state = 'OPEN' AND o.due_on < :today) DESC, o.due_on
				LIMIT :limit""")
			.param("unrestricted", user.scope().unrestricted())
			.param("scope", user.scope().likePatterns().toArray(String[]::new))
			.param("me", user.username())
			.param("levels", levels.isEmpty() ? List.of("-") : levels)
			.param("today", today)
			.param("limit", LIMIT)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				ObstacleState state = ObstacleState.valueOf(rs.getString("state"));
				return new Waiting(rs.getLong("id"), rs.getString("title"), rs.getString("commune"), state, due,
						state == ObstacleState.OPEN && today.isAfter(due));
			})
			.list();
		return waiting.isEmpty() ? Optional.empty() : Optional.of(Map.of("items", waiting));
	}

	@Override
	public String template() {
		return "obstacle/home";
	}

	@Override
	public int order() {
		return 10;
	}

	private static List<String> levelsOf() {
		Set<Role> roles = Role.ofCaller();
		return Arrays.stream(ObstacleLevel.values())
			.filter(level -> level.roles().stream().anyMatch(roles::contains))
			.map(Enum::name)
			.toList();
	}

	/** One item waiting for the user. */
	record Waiting(long id, String title, String commune, ObstacleState state, LocalDate dueOn, boolean overdue) {
	}
}
