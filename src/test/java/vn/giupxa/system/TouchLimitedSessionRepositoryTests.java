package vn.giupxa.system;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

class TouchLimitedSessionRepositoryTests {

	private static final Instant STORED = Instant.parse("2026-11-26T10:00:00Z");

	@Test
	void aLastAccessWithinTheIntervalIsNotPassedOnSoTheSessionStaysUnchanged() {
		MapSession stored = session();
		TouchLimitedSessionRepository.StoredSession session = new TouchLimitedSessionRepository.StoredSession(stored,
				Duration.ofMinutes(1));

		session.setLastAccessedTime(STORED.plusSeconds(59));

		assertThat(stored.getLastAccessedTime()).isEqualTo(STORED);
		assertThat(session.getLastAccessedTime()).isEqualTo(STORED);
	}

	@Test
	void aLastAccessAtLeastTheIntervalLaterIsPassedOn() {
		MapSession stored = session();
		TouchLimitedSessionRepository.StoredSession session = new TouchLimitedSessionRepository.StoredSession(stored,
				Duration.ofMinutes(1));

		session.setLastAccessedTime(STORED.plusSeconds(60));

		assertThat(stored.getLastAccessedTime()).isEqualTo(STORED.plusSeconds(60));
	}

	@Test
	void attributesIdsAndTimeoutsAlwaysReachTheStoredSession() {
		MapSession stored = session();
		TouchLimitedSessionRepository.StoredSession session = new TouchLimitedSessionRepository.StoredSession(stored,
				Duration.ofMinutes(1));

		session.setAttribute("locale", "vi");
		session.setMaxInactiveInterval(Duration.ofMinutes(5));
		String id = session.changeSessionId();

		assertThat(stored.<String>getAttribute("locale")).isEqualTo("vi");
		assertThat(stored.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(5));
		assertThat(stored.getId()).isEqualTo(id).isEqualTo(session.getId());
	}

	private static MapSession session() {
		MapSession session = new MapSession();
		session.setLastAccessedTime(STORED);
		return session;
	}
}
