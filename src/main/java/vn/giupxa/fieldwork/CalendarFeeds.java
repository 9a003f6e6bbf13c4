package vn.giupxa.fieldwork;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;

/**
 * The secret token of each account's iCalendar feed. Calendar apps cannot log in, so whoever holds the URL reads the
 * feed: the token is 256 random bits, and regenerating it makes the old URL answer 404 at once.
 */
@Component
@Transactional
class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<String> tokenOf(String username) {
		return jdbc.sql("SELECT token FROM calendar_feed WHERE username = :username")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/** The account whose feed this token opens. */
	@Transactional(readOnly = true)
	Optional<String> ownerOf(String token) {
		return jdbc.sql("SELECT username FROM calendar_feed WHERE token = :token")
			.param("token", token)
			.query(String.class)
			.optional();
	}

	/** A new token for the account, replacing the old one. */
	String regenerate(String username) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO calendar_feed (username, token, created_at) VALUES (:username, :token, :now)
				ON CONFLICT (username) DO UPDATE SET token = EXCLUDED.token, created_at = EXCLUDED.created_at""")
			.param("username", username)
			.param("token", token)
			.param("now", OffsetDateTime.now(clock))
			.update();
		audit.record(AuditAction.UPDATE, "calendar_feed", username, "feed token regenerated");
		return token;
	}
}
