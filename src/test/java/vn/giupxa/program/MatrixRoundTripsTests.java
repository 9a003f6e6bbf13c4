package vn.giupxa.program;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.RoundTrips;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

	@Test
	void theSummaryReadsTheSessionTheProvinceTheSetAndTheCountsWithoutATransaction() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/api/v1/criteria-summary").param("province", "15").param("period", "2026").cookie(office))
			.andExpect(status().isOk());

		List<String> trips = RoundTrips.of(() -> mvc
			.perform(get("/api/v1/criteria-summary").param("province", "15").param("period", "2026").cookie(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communes").isNumber()));

		assertThat(trips).hasSize(4);
		assertThat(trips.get(0)).containsIgnoringCase("FROM SPRING_SESSION S");
		assertThat(trips.get(1)).contains("FROM administrative_unit u");
		assertThat(trips.get(2)).startsWith("SELECT s.id, s.code").contains("s.threshold_key");
		assertThat(trips.get(3)).startsWith("WITH communes AS").contains("GROUP BY met_count");
	}

	@Test
	void theMatrixSendsItsCountsAndItsPageInOneRoundTrip() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/api/v1/criteria-matrix").param("province", "15").param("period", "2026").cookie(office))
			.andExpect(status().isOk());

		List<String> trips = RoundTrips.of(() -> mvc
			.perform(get("/api/v1/criteria-matrix").param("province", "15").param("period", "2026").cookie(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communes[?(@.code == '02848')].metCount").value(9))
			.andExpect(jsonPath("$.summary.communes").isNumber()));

		assertThat(trips).hasSize(4).doesNotContain("COMMIT");
		assertThat(trips.get(0)).containsIgnoringCase("FROM SPRING_SESSION S");
		assertThat(trips.get(3)).startsWith("WITH communes AS")
			.contains("GROUP BY met_count ORDER BY met_count DESC; WITH communes AS")
			.endsWith("ORDER BY p.code");
	}

	@Test
	void theMatrixPageReadsEachOfItsPartsOnceWithoutATransaction() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/criteria-matrix").param("province", "15").param("period", "2026").cookie(office))
			.andExpect(status().isOk());

		List<String> trips = RoundTrips.of(() -> mvc
			.perform(get("/criteria-matrix").param("province", "15").param("period", "2026").cookie(office))
			.andExpect(status().isOk()));

		// the session, the province, the set, the helpers (filter), the criteria (headings), the counts with the
		// page, the sets (filter) and the unread notices (layout)
		assertThat(trips).as(String.join("\n", trips)).hasSize(8).doesNotContain("COMMIT");
		assertThat(trips).filteredOn(trip -> trip.startsWith("SELECT * FROM criterion WHERE set_id")).hasSize(1);
		assertThat(trips).filteredOn(trip -> trip.startsWith("WITH communes AS")).hasSize(1);
	}
}
