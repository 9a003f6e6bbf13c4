package vn.giupxa.obstacle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.notification.Notice;
import vn.giupxa.notification.Notifications;

/**
 * Finds items past their deadline and tells the handler (or everyone acting at the level) and the
 * level above, once per level. The claim is one UPDATE … RETURNING, so two app nodes never notify twice.
 */
@Component
class BreachWatch {

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final AccountContacts contacts;

	private final Clock clock;

	BreachWatch(JdbcClient jdbc, Notifications notifications, AccountContacts contacts, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.contacts = contacts;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${giupxa.obstacle.breach-check-interval:PT15M}", initialDelayString = "PT1M")
	@Transactional
	public int notifyBreaches() {
		LocalDate today = LocalDate.now(clock);
		List<Breach> breaches = jdbc.sql("""
				UPDATE obstacle SET breach_notified_level = level
				WHERE state = 'OPEN' AND due_on < :today AND breach_notified_level IS DISTINCT FROM level
				RETURNING id, title, level, handler, commune_path""")
			.param("today", today)
			.query((rs, n) -> new Breach(rs.getLong("id"), rs.getString("title"), ObstacleLevel.valueOf(rs.getString("level")),
					rs.getString("handler"), rs.getString("commune_path")))
			.list();
		breaches.forEach(this::tell);
		return breaches.size();
	}

	private void tell(Breach breach) {
		Set<String> people = new HashSet<>();
		if (breach.handler() != null) {
			people.add(breach.handler());
		}
		else {
			people.addAll(contacts.usernamesActingFor(breach.level().roles(), breach.communePath()));
		}
		boolean district = breach.communePath().chars().filter(c -> c == '/').count() > 3;
		breach.level().next(district).ifPresent(
				above -> people.addAll(contacts.usernamesActingFor(above.roles(), breach.communePath())));
		if (!people.isEmpty()) {
			notifications.send(new Notice(people, "obstacle.notice.overdue", List.of(breach.title()),
					"/obstacles/" + breach.id(), "obstacle-overdue:" + breach.id() + ":" + breach.level(), true));
		}
	}

	private record Breach(long id, String title, ObstacleLevel level, String handler, String communePath) {
	}
}
