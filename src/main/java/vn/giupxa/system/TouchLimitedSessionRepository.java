package vn.giupxa.system;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session repository that records a session's last access only when it moved by at least {@code interval}
 * since the stored one. Spring Session's filter sets the last access on every request, which marks a JDBC
 * session changed and costs an UPDATE and a COMMIT after each request even when nothing else changed; a session
 * whose last access is not recorded and that has no other change is not written at all. The session's idle
 * timeout then counts from the last recorded access, so it may end up to {@code interval} early.
 * <p>
 * Within one request ({@link RequestScope}) a session found by its id is found again without reading it again:
 * Spring Session's filter reads the requested session a second time when it saves the session twice, which it does
 * when the response was sent before the request ended (a page larger than the server's output buffer, such as the
 * province matrix). The session found is the one this request works on and saved; another request, on this node
 * or another, reads the stored row as before, so signing out elsewhere ends the session for the next request.
 */
final class TouchLimitedSessionRepository
		implements SessionRepository<TouchLimitedSessionRepository.StoredSession>, DisposableBean {

	/** The sessions found by id during the current request (null outside a request). */
	private static final ThreadLocal<Map<String, StoredSession>> FOUND = new ThreadLocal<>();

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
		Map<String, StoredSession> found = FOUND.get();
		StoredSession known = found == null ? null : found.get(id);
		if (known != null && known.getId().equals(id)) {
			return known;
		}
		Session session = SessionTransactions.reading(() -> sessions.findById(id));
		StoredSession stored = session == null ? null : new StoredSession(session, interval);
		if (found != null && stored != null) {
			found.put(id, stored);
		}
		return stored;
	}

	@Override
	public void deleteById(String id) {
		Map<String, StoredSession> found = FOUND.get();
		if (found != null) {
			found.remove(id);
		}
		sessions.deleteById(id);
	}

	/**
	 * Keeps the sessions found by id for the rest of a request; ordered before Spring Session's filter, so that its
	 * second save at the end of a request whose response was already sent finds the session it read at the start.
	 */
	static final class RequestScope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (FOUND.get() != null) {
				chain.doFilter(request, response);
				return;
			}
			FOUND.set(new HashMap<>(2));
			try {
				chain.doFilter(request, response);
			}
			finally {
				FOUND.remove();
			}
		}
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
