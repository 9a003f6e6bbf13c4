package vn.giupxa.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions table is written when a session really changes, not on every request. Spring Session
 * records each request's time as the session's last access and writes the row back after every
 * request: for a signed-in page that is a committed write (a WAL flush) even when nothing else
 * changed. Here the write skips a row whose only change is a last access less than
 * {@code giupxa.security.session-touch-interval} (one minute) later than the stored one, so an idle
 * session may end up to that much before its 30 minutes; a new id, a new principal or a new timeout is
 * always written, and attributes are written as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Spring Session's update with its six parameters in their order (id, last access, timeout, expiry,
	 * principal, primary key), matched against the stored row.
	 */
	static final String UPDATE_SESSION = """
			UPDATE %TABLE_NAME% s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time, MAX_INACTIVE_INTERVAL = v.max_inactive,
			    EXPIRY_TIME = v.expiry_time, PRINCIPAL_NAME = v.principal_name
			FROM (SELECT CAST(? AS varchar) AS session_id, CAST(? AS bigint) AS last_access_time,
			             CAST(? AS integer) AS max_inactive, CAST(? AS bigint) AS expiry_time,
			             CAST(? AS varchar) AS principal_name, CAST(? AS char(36)) AS primary_id) v
			WHERE s.PRIMARY_ID = v.primary_id
			  AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive
			       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
			       OR v.last_access_time - s.LAST_ACCESS_TIME >= %TOUCH_MILLIS%)""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> writeChangedSessionsOnly(
			@Value("${giupxa.security.session-touch-interval:1m}") Duration touchInterval) {
		String update = UPDATE_SESSION.replace("%TOUCH_MILLIS%", Long.toString(touchInterval.toMillis()));
		return repository -> repository.setUpdateSessionQuery(update);
	}
}
