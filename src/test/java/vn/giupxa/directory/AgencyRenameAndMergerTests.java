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
	void aMergerEndsTheAgencyItsSeatsAndHoldingsTheDayBeforeAndMapsTheChosenPositions() throws Exception {
		long merged = fixtures.agency("MA-" + fixtures.suffix, "Sở Tài nguyên " + fixtures.suffix);
		long successor = fixtures.agency("MB-" + fixtures.suffix, "Sở Hợp nhất " + fixtures.suffix);
		long director = fixtures.position(merged, "Giám đốc", 1);
		long deputy = fixtures.position(merged, "Phó Giám đốc", 2);
		long newDeputy = fixtures.position(successor, "Phó Giám đốc phụ trách tài nguyên", 2);
		long official = fixtures.official("Người Giữ " + fixtures.suffix, "giu-" + fixtures.suffix + "@test.demo");
		fixtures.holding(director, official, LocalDate.of(2025, 7, 1));

		mvc.perform(post("/directory/agencies/{id}/merger", merged).with(user(Officer.admin())).with(csrf())
				.param("successorCode", "mb-" + fixtures.suffix).param("effectiveOn", "2026-03-01")
				.param("successorPositions[" + director + "]", "")
				.param("successorPositions[" + deputy + "]", String.valueOf(newDeputy)))
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
	void theMergerFormOffersTheSuccessorsPositionsInForceOnTheMergerDateAndKeepsTheChoiceOnRefusal() throws Exception {
		long merged = fixtures.agency("MC-" + fixtures.suffix, "Sở Chọn " + fixtures.suffix);
		long successor = fixtures.agency("MD-" + fixtures.suffix, "Sở Đích " + fixtures.suffix);
		long director = fixtures.position(merged, "Giám đốc", 1);
		long deputy = fixtures.position(merged, "Phó Giám đốc", 2);
		long newDirector = fixtures.position(successor, "giám đốc", 1);
		long newDeputy = fixtures.position(successor, "Phó Giám đốc thường trực", 2);
		long ended = fixtures.position(successor, "Phó Giám đốc đã kết thúc", 3);
		long later = fixtures.position(successor, "Phó Giám đốc từ tháng 4", 4);
		jdbc.sql("UPDATE agency_position SET valid_to = DATE '2026-02-28' WHERE id = :p").param("p", ended).update();
		jdbc.sql("UPDATE agency_position SET valid_from = DATE '2026-04-01' WHERE id = :p").param("p", later).update();

		String page = html(mvc.perform(get("/directory/agencies/{id}", merged).with(user(Officer.admin()))
				.param("successorCode", "md-" + fixtures.suffix).param("effectiveOn", "2026-03-01"))
			.andExpect(status().isOk()));
		assertThat(page).contains("Hợp nhất vào Sở Đích " + fixtures.suffix + " từ ngày 01/03/2026.")
			.contains("name=\"successorPositions[" + deputy + "]\"")
			.contains("<option value=\"" + newDirector + "\" selected=\"selected\">giám đốc</option>")
			.contains("<option value=\"" + newDeputy + "\">Phó Giám đốc thường trực</option>")
			.doesNotContain("Phó Giám đốc đã kết thúc", "Phó Giám đốc từ tháng 4");

		String unknown = html(mvc.perform(get("/directory/agencies/{id}", merged).with(user(Officer.admin()))
				.param("successorCode", "KHONG-CO-" + fixtures.suffix).param("effectiveOn", "2026-03-01"))
			.andExpect(status().isOk()));
		assertThat(unknown).contains("Không có cơ quan mã KHONG-CO-" + fixtures.suffix + " trong phạm vi của bạn.")
			.contains("value=\"KHONG-CO-" + fixtures.suffix + "\"").doesNotContain("successorPositions[");

		String refused = html(mvc.perform(post("/directory/agencies/{id}/merger", merged).with(user(Officer.admin()))
				.with(csrf()).param("successorCode", "MD-" + fixtures.suffix).param("effectiveOn", "2026-03-01")
				.param("successorPositions[" + director + "]", String.valueOf(newDirector))
				.param("successorPositions[" + deputy + "]", String.valueOf(later)))
			.andExpect(status().isOk()));
		assertThat(refused).contains("Chức vụ Phó Giám đốc: chức vụ đã chọn không thuộc cơ quan Sở Đích " + fixtures.suffix
				+ " hoặc không còn hiệu lực vào ngày 01/03/2026.")
			.contains("<option value=\"" + newDirector + "\" selected=\"selected\">giám đốc</option>");
		assertThat(directory.mergerOf(merged)).isEmpty();
	}

	private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString());
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
				.param("successorPositions[" + director + "]", String.valueOf(director)))
			.andExpect(showing("Chức vụ Giám đốc: chức vụ đã chọn không thuộc cơ quan Sở Nhận " + fixtures.suffix
					+ " hoặc không còn hiệu lực vào ngày 01/03/2026."));
		mvc.perform(post("/directory/agencies/{id}/merger", merged).with(user(Officer.admin())).with(csrf())
				.param("successorCode", "MT-" + fixtures.suffix).param("effectiveOn", "2025-07-01"))
			.andExpect(showing("Ngày hợp nhất phải sau ngày cơ quan bắt đầu hoạt động (01/07/2025)."));

		assertThat(directory.mergerOf(merged)).isEmpty();
		assertThat(directory.agency(merged).orElseThrow().validTo()).isNull();
		assertThat(directory.position(director).orElseThrow().validTo()).isNull();
	}
}
