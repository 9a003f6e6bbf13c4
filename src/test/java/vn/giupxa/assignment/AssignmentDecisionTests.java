package vn.giupxa.assignment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Coordination Office drafts a decision, its bad lines are refused by name, and an issued decision stays as issued. */
@IntegrationTest
class AssignmentDecisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void badLinesAreRefusedWithAVietnameseMessageNamingTheConflictAndNothingIsSaved() throws Exception {
		AssignmentFixtures fixtures = new AssignmentFixtures(jdbc);
		long agency = fixtures.agency(fixtures.unit("PROVINCE", "15", LocalDate.of(2026, 1, 1)), "Sở Thử nghiệm");
		long seat = fixtures.position(agency, "Giám đốc", "HEAD");
		long decision = createDecision("15", "PROVINCE", 2026, "D1" + fixtures.suffix + "/QĐ-UBND");
		String lines = "/assignments/decisions/" + decision + "/assignments";

		addLine(lines, seat, "02839", "2026-02-01", "").andExpect(status().is3xxRedirection());
		addLine(lines, seat, "02839", "2026-06-01", "2026-07-01").andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Giám đốc – Sở Thử nghiệm " + fixtures.suffix + " đã được phân công giúp đỡ Xã Bắc Hà từ 01/02/2026")));
		addLine(lines, seat, "15", "2026-02-01", "").andExpect(content().string(org.hamcrest.Matchers.containsString(
				"Đơn vị mã 15 không phải là xã (thuộc địa bàn ban hành) vào ngày 01/02/2026.")));
		addLine(lines, seat, "085", "2026-02-01", "").andExpect(content().string(org.hamcrest.Matchers.containsString(
				"Đơn vị mã 085 không phải là xã")));
		addLine(lines, seat, "02848", "2026-05-01", "2026-04-01").andExpect(content().string(
				org.hamcrest.Matchers.containsString("Ngày kết thúc 01/04/2026 trước ngày bắt đầu 01/05/2026.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"02848\"")));

		assertThat(linesOf(decision)).isEqualTo(1);
	}

	@Test
	void anIssuedDecisionCannotBeEditedAndALaterOneMayNotOverlapIt() throws Exception {
		AssignmentFixtures fixtures = new AssignmentFixtures(jdbc);
		long agency = fixtures.agency(fixtures.unit("PROVINCE", "15", LocalDate.of(2026, 1, 1)), "Sở Ban hành");
		long seat = fixtures.position(agency, "Giám đốc", "HEAD");
		String number = "D2" + fixtures.suffix + "/QĐ-UBND";
		long decision = createDecision("15", "PROVINCE", 2026, number);
		addLine("/assignments/decisions/" + decision + "/assignments", seat, "02701", "2026-02-01", "");

		mvc.perform(post("/assignments/decisions/" + decision + "/issue").with(user(Coordinator.everywhere())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT status FROM assignment_decision WHERE id = :id").param("id", decision)
			.query(String.class).single()).isEqualTo("ISSUED");

		addLine("/assignments/decisions/" + decision + "/assignments", seat, "02848", "2026-02-01", "")
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Quyết định " + number + " đã ban hành nên không thể sửa")));
		mvc.perform(post("/assignments/decisions/" + decision + "/assignments/999/delete")
				.with(user(Coordinator.everywhere())).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(linesOf(decision)).isEqualTo(1);

		long later = createDecision("15", "PROVINCE", 2026, "D3" + fixtures.suffix + "/QĐ-UBND");
		addLine("/assignments/decisions/" + later + "/assignments", seat, "02701", "2026-08-01", "")
			.andExpect(content().string(org.hamcrest.Matchers.containsString("theo quyết định " + number)));
		assertThat(linesOf(later)).isZero();
	}

	@Test
	void aDistrictDecisionAssignsCommunesOfTheDistrictOnlyWhileTheDistrictTierExists() throws Exception {
		AssignmentFixtures fixtures = new AssignmentFixtures(jdbc);
		LocalDate day = LocalDate.of(2024, 3, 1);
		long district = fixtures.unit("DISTRICT", "085", day);
		long agency = fixtures.agency(district, "Phòng Nông nghiệp huyện");
		long seat = fixtures.position(agency, "Trưởng phòng", "HEAD");
		String commune = jdbc.sql("SELECT code FROM administrative_unit WHERE parent_id = :d AND level = 'COMMUNE' ORDER BY code LIMIT 1")
			.param("d", district).query(String.class).single();

		long decision = createDecision("085", "DISTRICT", 2024, "H" + fixtures.suffix + "/QĐ-UBND");
		addLine("/assignments/decisions/" + decision + "/assignments", seat, commune, "2024-03-01", "2024-12-31")
			.andExpect(status().is3xxRedirection());
		addLine("/assignments/decisions/" + decision + "/assignments", seat, "02701", "2024-03-01", "")
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đơn vị mã 02701 không phải là xã")));
		assertThat(linesOf(decision)).isEqualTo(1);

		mvc.perform(post("/assignments/decisions").with(user(Coordinator.everywhere())).with(csrf())
				.param("tier", "DISTRICT").param("issuerUnitCode", "085").param("year", "2026")
				.param("title", "Phân công cấp huyện").param("signedOn", "2026-02-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Không có đơn vị mã 085 ở cấp đã chọn vào ngày 01/02/2026")));
	}

	private long createDecision(String issuer, String tier, int year, String number) throws Exception {
		MvcResult result = mvc.perform(post("/assignments/decisions").with(user(Coordinator.everywhere())).with(csrf())
				.param("tier", tier).param("issuerUnitCode", issuer).param("year", String.valueOf(year))
				.param("number", number).param("title", "Về việc phân công giúp đỡ xã")
				.param("signedOn", year + "-01-02").param("signerName", "Người ký thử"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private org.springframework.test.web.servlet.ResultActions addLine(String url, long positionId, String commune,
			String startOn, String endOn) throws Exception {
		return mvc.perform(post(url).with(user(Coordinator.everywhere())).with(csrf())
			.param("kind", "HELP").param("positionId", String.valueOf(positionId)).param("communeCode", commune)
			.param("startOn", startOn).param("endOn", endOn));
	}

	private long linesOf(long decision) {
		return jdbc.sql("SELECT count(*) FROM assignment WHERE decision_id = :id").param("id", decision)
			.query(Long.class).single();
	}

	@Test
	void theDecisionPageShowsItsLinesWithTheirHelpersAndTeams() throws Exception {
		mvc.perform(get("/assignments/decisions/1").with(user(Coordinator.everywhere())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("05/QĐ-UBND")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Lò Văn Páo")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Phạm Thị Lan")));
	}
}
