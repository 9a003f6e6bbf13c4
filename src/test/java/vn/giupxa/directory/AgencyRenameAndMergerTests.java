package vn.giupxa.directory;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.giupxa.directory.DirectoryFixtures.showing;

/** Agencies renamed or merged: recorded from the agency page, audited, refused with a Vietnamese reason. */
@IntegrationTest
class AgencyRenameAndMergerTests {

	private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	private DirectoryFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DirectoryFixtures(jdbc);
	}

	@Test
	void aRenameKeepsTheOldNameForEarlierDatesAndIsAudited() throws Exception {
		long agency = fixtures.agency("RN-" + fixtures.suffix, "Sở Cũ " + fixtures.suffix);

		mvc.perform(post("/directory/agencies/{id}/renames", agency).with(user(Officer.admin())).with(csrf())
				.param("newName", "Sở Mới " + fixtures.suffix).param("newShortName", "SM").param("effectiveOn", "2026-03-01"))
			.andExpect(flash().attribute("message", "directory.rename.done"));

		assertThat(directory.agency(agency).orElseThrow().name()).isEqualTo("Sở Mới " + fixtures.suffix);
		assertThat(directory.nameOn(agency, MARCH_2026.minusDays(1))).contains("Sở Cũ " + fixtures.suffix);
		assertThat(directory.nameOn(agency, MARCH_2026)).contains("Sở Mới " + fixtures.suffix);
		assertThat(directory.renamesOf(agency)).singleElement()
			.satisfies(rename -> assertThat(rename.effectiveOn()).isEqualTo(MARCH_2026));
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND object_type = 'AgencyRename'"
				+ " AND after_state ->> 'newName' = ?", "Sở Mới " + fixtures.suffix)).isPositive();
		mvc.perform(get("/directory/agencies/{id}", agency).with(user(Officer.admin())))
			.andExpect(showing("Sở Cũ " + fixtures.suffix))
			.andExpect(showing("01/03/2026"));
	}

	@Test
	void aRenameBeforeTheAgencyStartedOrNotAfterTheLastOneIsRefusedAndNothingIsSaved() throws Exception {
		long agency = fixtures.agency("RB-" + fixtures.suffix, "Sở Đầu " + fixtures.suffix);

		mvc.perform(post("/directory/agencies/{id}/renames", agency).with(user(Officer.admin())).with(csrf())
				.param("newName", "Sở Sớm " + fixtures.suffix).param("effectiveOn", "2025-01-01"))
			.andExpect(status().isOk())
			.andExpect(showing("Ngày đổi tên không được trước ngày cơ quan bắt đầu hoạt động (01/07/2025)."))
			.andExpect(showing("value=\"Sở Sớm " + fixtures.suffix + "\""));
		mvc.perform(post("/directory/agencies/{id}/renames", agency).with(user(Officer.admin())).with(csrf())
				.param("newName", "Sở Đầu " + fixtures.suffix).param("effectiveOn", "2026-01-01"))
			.andExpect(showing("Tên mới trùng với tên hiện tại."));

		assertThat(directory.renamesOf(agency)).isEmpty();
		assertThat(directory.agency(agency).orElseThrow().name()).isEqualTo("Sở Đầu " + fixtures.suffix);
	}

	@Test
	void aMergerEndsTheAgencyItsSeatsAndHoldingsTheDayBeforeAndMapsPositionsByTitle() throws Exception {
		long merged = fixtures.agency("MA-" + fixtures.suffix, "Sở Tài nguyên " + fixtures.suffix);
		long successor = fixtures.agency("MB-" + fixtures.suffix, "Sở Hợp nhất " + fixtures.suffix);
		long director = fixtures.position(merged, "Giám đốc", 1);
		long deputy = fixtures.position(merged, "Phó Giám đốc", 2);
		long newDeputy = fixtures.position(successor, "Phó Giám đốc phụ trách tài nguyên", 2);
		long official = fixtures.official("Người Giữ " + fixtures.suffix, "giu-" + fixtures.suffix + "@test.demo");
		fixtures.holding(director, official, LocalDate.of(2025, 7, 1));

		mvc.perform(post("/directory/agencies/{id}/merger", merged).with(user(Officer.admin())).with(csrf())
				.param("successorCode", "mb-" + fixtures.suffix).param("effectiveOn", "2026-03-01")
				.param("successorTitles[" + director + "]", "")
				.param("successorTitles[" + deputy + "]", "phó giám đốc phụ trách tài nguyên"))
			.andExpect(flash().attribute("message", "directory.merger.done"));

		AgencyMergerView merger = directory.mergerOf(merged).orElseThrow();
		assertThat(merger.successorAgencyId()).isEqualTo(successor);
		assertThat(merger.successorOf(deputy)).contains(newDeputy);
		assertThat(merger.successorOf(director)).isEmpty();
		assertThat(directory.agency(merged).orElseThrow().validTo()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(directory.position(director).orElseThrow().validTo()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(directory.historyOf(director)).singleElement()
			.satisfies(holding -> assertThat(holding.endOn()).isEqualTo(LocalDate.of(2026, 2, 28)));
		assertThat(directory.mergersInto(successor)).extracting(AgencyMergerView::agencyId).containsExactly(merged);
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND object_type = 'AgencyMerger'"
				+ " AND after_state ->> 'agencyId' = ?", String.valueOf(merged))).isPositive();
		mvc.perform(get("/directory/agencies/{id}", successor).with(user(Officer.admin())))
			.andExpect(showing("Sở Tài nguyên " + fixtures.suffix));
	}

	@Test
	void aMergerIntoItselfAnUnknownTitleOrBeforeTheStartIsRefusedAndNothingChanges() throws Exception {
		long merged = fixtures.agency("MS-" + fixtures.suffix, "Sở Tự Hợp " + fixtures.suffix);
		long successor = fixtures.agency("MT-" + fixtures.suffix, "Sở Nhận " + fixtures.suffix);
		long director = fixtures.position(merged, "Giám đốc", 1);

		mvc.perform(post("/directory/agencies/{id}/merger", merged).with(user(Officer.admin())).with(csrf())
				.param("successorCode", "MS-" + fixtures.suffix).param("effectiveOn", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(showing("Cơ quan không thể hợp nhất vào chính nó."));
		mvc.perform(post("/directory/agencies/{id}/merger", merged).with(user(Officer.admin())).with(csrf())
				.param("successorCode", "MT-" + fixtures.suffix).param("effectiveOn", "2026-03-01")
				.param("successorTitles[" + director + "]", "Tổng Giám đốc"))
			.andExpect(showing("Chức vụ Giám đốc: cơ quan Sở Nhận " + fixtures.suffix
					+ " không có chức vụ \"Tổng Giám đốc\" vào ngày hợp nhất."));
		mvc.perform(post("/directory/agencies/{id}/merger", merged).with(user(Officer.admin())).with(csrf())
				.param("successorCode", "MT-" + fixtures.suffix).param("effectiveOn", "2025-07-01"))
			.andExpect(showing("Ngày hợp nhất phải sau ngày cơ quan bắt đầu hoạt động (01/07/2025)."));

		assertThat(directory.mergerOf(merged)).isEmpty();
		assertThat(directory.agency(merged).orElseThrow().validTo()).isNull();
		assertThat(directory.position(director).orElseThrow().validTo()).isNull();
	}
}
