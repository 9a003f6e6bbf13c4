package vn.giupxa.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session repository that records a session's last access only when it moved by at least {@code interval}
 * since the stored one. Spring Session's filter sets the last access on every request, which marks a JDBC
 * session changed and costs an UPDATE and a COMMIT after each request even when nothing else changed; a session
 * whose last access is not recorded and that has no other change is not written at all. The session's idle
 * timeout then counts from the last recorded access, so it may end up to {@code interval} early.
 */
final class TouchLimitedSessionRepository
		implements SessionRepository<TouchLimitedSessionRepository.StoredSession>, DisposableBean {

	private final JdbcIndexedSessionRepository jdbc;

	private final SessionRepository<Session> sessions;

	private final Duration interval;

	@SuppressWarnings("unchecked")
	TouchLimitedSessionRepository(JdbcIndexedSessionRepository jdbc, Duration interval) {
		this.jdbc = jdbc;
		this.sessions = (SessionRepository<Session>) (SessionRepository<?>) jdbc;
		this.interval = interval;
	}

	/** Stops the JDBC repository's clean-up of expired sessions with the application. */
	@Override
	public void destroy() {
		jdbc.destroy();
	}

	@Override
	public StoredSession createSession() {
		return new StoredSession(sessions.createSession(), interval);
	}

	@Override
	public void save(StoredSession session) {
		sessions.save(session.session);
	}

	@Override
	public StoredSession findById(String id) {
		Session session = SessionTransactions.reading(() -> sessions.findById(id));
		return session == null ? null : new StoredSession(session, interval);
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteById(id);
	}

	/** A stored session whose last access is passed on only when it moved by at least the interval. */
	static final class StoredSession implements Session {

		private final Session session;

		private final Duration interval;

		StoredSession(Session session, Duration interval) {
			this.session = session;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(session.getLastAccessedTime(), lastAccessedTime).compareTo(interval) >= 0) {
				session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public String changeSessionId() {
			return session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return session.isExpired();
		}
	}
}
