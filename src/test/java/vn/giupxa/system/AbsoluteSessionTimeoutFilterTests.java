package vn.giupxa.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class AbsoluteSessionTimeoutFilterTests {

	private final AbsoluteSessionTimeoutFilter filter = new AbsoluteSessionTimeoutFilter(Duration.ofHours(12));

	@Test
	void aSessionOlderThanTwelveHoursIsEndedHoweverActiveItWas() throws Exception {
		SessionCreatedAgo session = new SessionCreatedAgo(Duration.ofHours(12).plusMinutes(1));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/home");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, response, chain);

		assertThat(session.isInvalid()).isTrue();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(chain.getRequest()).as("the request went no further").isNull();
	}

	@Test
	void aYoungerSessionCarriesOn() throws Exception {
		SessionCreatedAgo session = new SessionCreatedAgo(Duration.ofHours(11));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/home");
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();

		filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(session.isInvalid()).isFalse();
		assertThat(chain.getRequest()).isSameAs(request);
	}

	private static final class SessionCreatedAgo extends MockHttpSession {

		private final long createdAt;

		SessionCreatedAgo(Duration age) {
			this.createdAt = System.currentTimeMillis() - age.toMillis();
		}

		@Override
		public long getCreationTime() {
			return createdAt;
		}
	}
}
