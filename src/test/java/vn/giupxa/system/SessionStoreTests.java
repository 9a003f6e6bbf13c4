package vn.giupxa.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.RoundTrips;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSessionIsNotWrittenAgainWhenOnlyItsLastAccessMovedByLessThanAMinute() throws Exception {
		Cookie session = Sessions.loginDemo(mvc, "vpdp");
		long stored = lastAccess(session);

		mvc.perform(get("/home").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());

		assertThat(lastAccess(session)).isEqualTo(stored);
	}

	@Test
	void aSignedInRequestReadsItsSessionInOneRoundTripWithoutATransaction() throws Exception {
		Cookie session = Sessions.loginDemo(mvc, "vpdp");

		List<String> trips = RoundTrips.of(() -> mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk()));

		assertThat(trips).hasSize(1);
		assertThat(trips.get(0)).containsIgnoringCase("FROM SPRING_SESSION");
	}

	@Test
	void aPageSentBeforeItsRequestEndedStillReadsItsSessionOnce() throws Exception {
		Cookie session = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/home").cookie(session)).andExpect(status().isOk());
		MvcResult[] page = new MvcResult[1];

		List<String> trips = RoundTrips.of(() -> page[0] = mvc.perform(get("/home").cookie(session))
			.andExpect(status().isOk())
			.andReturn());

		// Larger than the response's buffer: the response was committed before the request ended, and Spring
		// Session saved the session then and again at the end (where it read the session a second time).
		assertThat(page[0].getResponse().getContentAsByteArray().length)
			.isGreaterThan(page[0].getResponse().getBufferSize());
		assertThat(trips).filteredOn(trip -> trip.toUpperCase().contains("FROM SPRING_SESSION S")).hasSize(1);
	}

	@Test
	void signingInStillWritesTheSessionAndItsAttributesInOneTransaction() throws Exception {
		List<String> trips = RoundTrips.of(() -> Sessions.loginDemo(mvc, "vpdp"));

		List<String> sessionTrips = trips.stream()
			.filter(trip -> trip.toUpperCase().contains("SPRING_SESSION") || trip.equals("COMMIT"))
			.toList();
		assertThat(sessionTrips).last().isEqualTo("COMMIT");
		assertThat(sessionTrips).anySatisfy(trip -> assertThat(trip).startsWithIgnoringCase("INSERT INTO SPRING_SESSION_ATTRIBUTES"));
	}

	@Test
	void aSessionLastWrittenOverAMinuteAgoGetsItsNewLastAccessAndExpiry() throws Exception {
		Cookie session = Sessions.loginDemo(mvc, "vpdp");
		jdbc.sql("""
				UPDATE spring_session SET last_access_time = last_access_time - 90000, expiry_time = expiry_time - 90000
				WHERE session_id = :id""").param("id", id(session)).update();
		long before = lastAccess(session);
		long requested = System.currentTimeMillis();

		mvc.perform(get("/home").cookie(session)).andExpect(status().isOk());

		assertThat(lastAccess(session)).isGreaterThanOrEqualTo(requested).isGreaterThan(before + 60_000);
		assertThat(jdbc.sql("SELECT expiry_time - last_access_time FROM spring_session WHERE session_id = :id")
			.param("id", id(session))
			.query(Long.class)
			.single()).isEqualTo(30 * 60 * 1000L);
	}

	@Test
	void signingOutStillEndsTheSessionAtOnce() throws Exception {
		Cookie session = Sessions.loginDemo(mvc, "vpdp");

		mvc.perform(post("/logout").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = :id")
			.param("id", id(session))
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/home").cookie(session)).andExpect(status().is3xxRedirection());
	}

	private long lastAccess(Cookie session) {
		return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = :id")
			.param("id", id(session))
			.query(Long.class)
			.single();
	}

	/** The session id: Spring Session's cookie carries it Base64-encoded. */
	private static String id(Cookie session) {
		return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
	}
}
