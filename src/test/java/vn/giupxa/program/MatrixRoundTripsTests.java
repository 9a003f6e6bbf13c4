package vn.giupxa.program;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.giupxa.IntegrationTest;
import vn.giupxa.shared.StatementHints;
import vn.giupxa.support.RoundTrips;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The round trips to the database of the matrix and the "n of N" summary, which the benchmark holds against the
 * same SQL run bare in psql (bench/program): each is a wake-up of the database and of the request thread.
 */
@IntegrationTest
class MatrixRoundTripsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSummaryReadsTheSessionTheProvinceAndTheCountsWithTheSetCheckedInTheSameRoundTrip() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(lao2026("/api/v1/criteria-summary", office).param("set", "XA-NTM-2026-2030"))
			.andExpect(status().isOk());

		List<String> trips = RoundTrips.of(() -> mvc
			.perform(lao2026("/api/v1/criteria-summary", office).param("set", "xa-ntm-2026-2030"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communes").isNumber())
			.andExpect(jsonPath("$.criteria").value(10)));

		// the set found by the first request is not looked up again: checked by the counts' own execution
		assertThat(trips).as(String.join("\n", trips)).hasSize(3).doesNotContain("COMMIT");
		assertThat(trips.get(0)).containsIgnoringCase("FROM SPRING_SESSION S");
		assertThat(trips.get(1)).contains("FROM administrative_unit u");
		assertThat(trips.get(2)).startsWith("SELECT s.id, s.threshold_key").contains("; " + StatementHints.CACHED_PLAN + "WITH communes AS")
			.endsWith("GROUP BY met_count ORDER BY met_count DESC");
	}

	@Test
	void theMatrixSendsTheProvinceAndSetChecksItsCountsAndItsPageInOneRoundTrip() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(lao2026("/api/v1/criteria-matrix", office).param("set", "XA-NTM-2026-2030"))
			.andExpect(status().isOk());

		List<String> trips = RoundTrips.of(() -> mvc
			.perform(lao2026("/api/v1/criteria-matrix", office).param("set", "XA-NTM-2026-2030"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.set").value("XA-NTM-2026-2030"))
			.andExpect(jsonPath("$.communes[?(@.code == '02848')].metCount").value(9))
			.andExpect(jsonPath("$.summary.communes").isNumber()));

		// the province and the set found by the first request are not looked up again: checked by the matrix's execution
		assertThat(trips).as(String.join("\n", trips)).hasSize(2).doesNotContain("COMMIT");
		assertThat(trips.get(0)).containsIgnoringCase("FROM SPRING_SESSION S");
		assertThat(trips.get(1)).startsWith("SELECT u.id, u.code").contains("FROM administrative_unit u")
			.contains("; SELECT s.id, s.threshold_key", "; " + StatementHints.CACHED_PLAN + "WITH communes AS",
					"GROUP BY met_count ORDER BY met_count DESC; " + StatementHints.CACHED_PLAN + "WITH communes AS")
			.endsWith("ORDER BY p.code");
	}

	@Test
	void aProvinceThatChangedSinceItWasRememberedIsLookedUpAgainAndShownAsItIsNow() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(lao2026("/criteria-matrix", office).param("set", "XA-NTM-2026-2030")).andExpect(status().isOk());
		String name = jdbc.sql("SELECT name FROM administrative_unit WHERE code = '15' AND level = 'PROVINCE' AND valid_to IS NULL")
			.query(String.class)
			.single();
		jdbc.sql("UPDATE administrative_unit SET name = 'Tỉnh Thử Nghiệm' WHERE code = '15' AND level = 'PROVINCE' AND valid_to IS NULL")
			.update();
		try {
			// the page looks the province up itself for its heading, while its matrix is read on another thread
			mvc.perform(lao2026("/criteria-matrix", office).param("set", "XA-NTM-2026-2030"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Tỉnh Thử Nghiệm")))
				.andExpect(content().string(containsString("Xã Bắc Hà")));
			jdbc.sql("UPDATE administrative_unit SET name = 'Tỉnh Thử Lại' WHERE code = '15' AND level = 'PROVINCE' AND valid_to IS NULL")
				.update();
			List<String> trips = RoundTrips.of(() -> mvc
				.perform(lao2026("/api/v1/criteria-matrix", office).param("set", "XA-NTM-2026-2030"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.province").value("15"))
				.andExpect(jsonPath("$.communes[?(@.code == '02848')].metCount").value(9)));
			// the check found it changed: looked up, then the matrix read again
			assertThat(trips).filteredOn(trip -> trip.contains("WITH communes AS")).hasSize(2);
			assertThat(trips).filteredOn(trip -> trip.startsWith("SELECT u.id, u.code") && !trip.contains("WITH communes AS"))
				.hasSize(1);
		}
		finally {
			jdbc.sql("UPDATE administrative_unit SET name = :name WHERE code = '15' AND level = 'PROVINCE' AND valid_to IS NULL")
				.param("name", name)
				.update();
		}
		mvc.perform(lao2026("/criteria-matrix", office).param("set", "XA-NTM-2026-2030"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		mvc.perform(get("/api/v1/criteria-matrix").param("province", "99").param("period", "2026").cookie(office))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSetThatChangedSinceItWasRememberedIsLookedUpAgainAndCountedAsItIsNow() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(lao2026("/api/v1/criteria-matrix", office).param("set", "XA-NTM-2026-2030"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.criteria").value(10));
		long criterion = jdbc.sql("""
				INSERT INTO criterion (set_id, number, name, verified, source)
				SELECT id, 99, 'Tiêu chí thử', false, 'test' FROM criteria_set WHERE code = 'XA-NTM-2026-2030'
				RETURNING id""").query(Long.class).single();
		try {
			List<String> trips = RoundTrips.of(() -> mvc
				.perform(lao2026("/api/v1/criteria-matrix", office).param("set", "XA-NTM-2026-2030"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.summary.criteria").value(11))
				.andExpect(jsonPath("$.communes[?(@.code == '02848')].criteriaCount").value(11)));
			assertThat(trips).filteredOn(trip -> trip.startsWith("SELECT s.id, s.code")).hasSize(1);
			assertThat(trips).filteredOn(trip -> trip.contains("WITH communes AS")).hasSize(2);
			mvc.perform(lao2026("/api/v1/criteria-summary", office).param("set", "XA-NTM-2026-2030"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.criteria").value(11));
		}
		finally {
			jdbc.sql("DELETE FROM criterion WHERE id = :id").param("id", criterion).update();
		}
		mvc.perform(lao2026("/api/v1/criteria-summary", office).param("set", "XA-NTM-2026-2030"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.criteria").value(10));
		mvc.perform(lao2026("/api/v1/criteria-summary", office).param("set", "NO-SUCH-SET"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theMatrixPageReadsEachOfItsPartsOnceWithoutATransaction() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(lao2026("/criteria-matrix", office).param("set", "XA-NTM-2026-2030")).andExpect(status().isOk());

		// as the page's filter form asks for it: with the set's code (without one, the set in force is one more look-up)
		List<String> trips = RoundTrips.of(() -> mvc
			.perform(lao2026("/criteria-matrix", office).param("set", "XA-NTM-2026-2030"))
			.andExpect(status().isOk()));

		// the session; on the request's thread the sets (filter, the chosen one among them), the province (heading) and
		// the helpers (filter), and after the controller the unread notices (layout); meanwhile, on another thread and
		// connection (MatrixPageReads), the province's and the set's checks with the counts, the page and the criteria
		// (headings)
		assertThat(trips).as(String.join("\n", trips)).hasSize(6).doesNotContain("COMMIT");
		assertThat(trips).filteredOn(trip -> trip.startsWith("SELECT s.id, s.code")).hasSize(1);
		assertThat(trips).filteredOn(trip -> trip.startsWith("SELECT u.id, u.code") && !trip.contains("WITH communes AS"))
			.hasSize(1);
		assertThat(trips).filteredOn(trip -> trip.contains("FROM criterion WHERE set_id")).hasSize(1);
		assertThat(trips).filteredOn(trip -> trip.contains("WITH communes AS")).singleElement()
			.satisfies(trip -> assertThat(trip).startsWith("SELECT u.id, u.code")
				.contains("; SELECT s.id, s.threshold_key")
				.endsWith("; SELECT * FROM criterion WHERE set_id = ? ORDER BY number"));
	}

	@Test
	void theMatrixComputesAScorecardWrittenBySqlAndCountsIt() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/api/v1/criteria-matrix").param("province", "15").param("period", "2029").cookie(office))
			.andExpect(status().isOk());
		jdbc.sql("""
				INSERT INTO criteria_assessment (unit_id, set_id, period, status, changed_at, illustrative)
				SELECT u.id, (SELECT id FROM criteria_set WHERE code = 'XA-NTM-2026-2030'), '2029', 'DRAFT', now(), true
				FROM administrative_unit u
				WHERE u.level = 'COMMUNE' AND u.code = '02839' AND u.valid_to IS NULL
				  AND NOT EXISTS (SELECT 1 FROM criteria_assessment a WHERE a.unit_id = u.id AND a.period = '2029')""").update();

		List<String> trips = RoundTrips.of(() -> mvc
			.perform(get("/api/v1/criteria-matrix").param("province", "15").param("period", "2029").cookie(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communes[?(@.code == '02839')].metCount").value(0)));

		// the counts found a scorecard without stored results: computed in a transaction of their own, then the
		// counts and the page read again
		assertThat(trips.stream().filter(trip -> trip.contains("WITH communes AS"))).hasSize(2);
		assertThat(trips).contains("COMMIT");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM assessment_result r JOIN criteria_assessment a ON a.id = r.assessment_id
				JOIN administrative_unit u ON u.id = a.unit_id WHERE u.code = '02839' AND a.period = '2029'""")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/** Lào Cai's (15) figures of 2026 at {@code path}, for the signed-in {@code user}. */
	private static MockHttpServletRequestBuilder lao2026(String path, Cookie user) {
		return get(path).param("province", "15").param("period", "2026").cookie(user);
	}
}
