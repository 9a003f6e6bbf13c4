package vn.giupxa.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: writes notices in the caller's transaction and, where asked, has them copied by
 * e-mail once that transaction commits (the event publication registry retries a failed send).
 */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Notifications(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Writes the notice for each recipient; returns how many were new (deduplicated ones are skipped). */
	@Transactional
	public int send(Notice notice) {
		List<Long> created = new ArrayList<>();
		for (String recipient : notice.recipients().stream().sorted().toList()) {
			jdbc.sql("""
					INSERT INTO notice (recipient, message_key, arguments, link, dedupe_key)
					VALUES (:recipient, :key, CAST(:arguments AS text[]), :link, :dedupe)
					ON CONFLICT (recipient, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
					RETURNING id""")
				.param("recipient", recipient)
				.param("key", notice.messageKey())
				.param("arguments", notice.arguments().toArray(String[]::new))
				.param("link", notice.link())
				.param("dedupe", notice.dedupeKey())
				.query(Long.class)
				.optional()
				.ifPresent(created::add);
		}
		if (notice.email()) {
			created.forEach(id -> events.publishEvent(new NoticeCreated(id)));
		}
		return created.size();
	}

	/** How many unread notices a user has (shown in the navigation bar). */
	public long unreadCount(String username) {
		return jdbc.sql("SELECT count(*) FROM notice WHERE recipient = :user AND read_at IS NULL")
			.param("user", username)
			.query(Long.class)
			.single();
	}
}
