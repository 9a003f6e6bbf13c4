package vn.giupxa.assignment;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change of holder in the directory carries the assignment on and records a handover; the agency's request for
 * another leader goes through review into a new decision, and the commune is never without a helper.
 */
@IntegrationTest
class HandoverAndAdjustmentTests {

	private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewHolderInTheDirectoryCarriesTheAssignmentOnAndAnAcceptedRequestBecomesPartOfANewDecision() throws Exception {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		long province = f.unit("PROVINCE", "15", JULY_2025);
		long commune = f.unit("COMMUNE", "02890", JULY_2025);
		long agency = f.agency(province, "Sở Bàn giao");
		long head = f.position(agency, "Giám đốc", "HEAD");
		long deputy = f.position(agency, "Phó Giám đốc", "DEPUTY_HEAD");
		long vacant = f.position(agency, "Phó Giám đốc thứ hai", "DEPUTY_HEAD");
		long first = f.official("Người Thứ Nhất");
		long second = f.official("Người Thứ Hai");
		long teamLeader = f.official("Tổ Trưởng");
		f.holding(head, first, JULY_2025);
		f.holding(deputy, teamLeader, JULY_2025);
		long decision = f.issuedDecision(province, 2026);
		long assignment = f.assignment(decision, agency, head, commune, LocalDate.of(2026, 1, 2));
		long vacantSeat = f.assignment(decision, agency, vacant, commune, LocalDate.of(2026, 1, 2));
		f.member(assignment, teamLeader, true);
		String teamAccount = "team-" + f.suffix.toLowerCase();
		jdbc.sql("INSERT INTO account (username, password_hash, display_name, official_id) VALUES (:u, '{noop}x', :u, :o)")
			.param("u", teamAccount).param("o", teamLeader).update();

		mvc.perform(post("/directory/agencies/" + agency + "/positions/" + head + "/appoint")
				.with(user(Coordinator.everywhere())).with(csrf())
				.param("officialId", String.valueOf(second)).param("startOn", "2026-09-01"))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("SELECT previous_official_id FROM assignment_handover WHERE assignment_id = :a AND new_official_id = :n")
			.param("a", assignment).param("n", second).query(Long.class).single()).isEqualTo(first);
		// The help team is told, in its own language, with an e-mail copy.
		assertThat(jdbc.sql("SELECT array_to_string(arguments, '|') FROM notice WHERE recipient = :u"
				+ " AND message_key = 'assignment.notice.handover'").param("u", teamAccount).query(String.class).single())
			.isEqualTo("01/09/2026|Giám đốc|Sở Bàn giao " + f.suffix + "|Người Thứ Nhất " + f.suffix + "|Người Thứ Hai "
					+ f.suffix + "|Xã Bảo Nhai");
		helperOn("2026-08-31", assignment, "Người Thứ Nhất " + f.suffix);
		helperOn("2026-09-01", assignment, "Người Thứ Hai " + f.suffix);
		// An empty seat is carried by the agency's head, so the commune always shows a helper.
		mvc.perform(get("/api/v1/assignments").with(user(Coordinator.everywhere()))
				.param("commune", "02890").param("asOf", "2026-09-02").param("position", String.valueOf(vacant)))
			.andExpect(jsonPath("$.content[0].id").value(vacantSeat))
			.andExpect(jsonPath("$.content[0].helperName").value("Người Thứ Hai " + f.suffix))
			.andExpect(jsonPath("$.content[0].carriedByAgencyLeadership").value(true));

		// The agency asks for its deputy instead, through the Coordination Office.
		mvc.perform(post("/assignments/" + assignment + "/requests").with(user(Coordinator.everywhere())).with(csrf())
				.param("proposedPositionId", String.valueOf(assignment + 999_999)).param("reason", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phải là chức vụ đang có hiệu lực của cùng cơ quan")));
		mvc.perform(post("/assignments/" + assignment + "/requests").with(user(Coordinator.everywhere())).with(csrf())
				.param("proposedPositionId", String.valueOf(deputy)).param("reason", "Giám đốc mới kiêm nhiều việc"))
			.andExpect(status().is3xxRedirection());
		long request = jdbc.sql("SELECT id FROM adjustment_request WHERE assignment_id = :a").param("a", assignment)
			.query(Long.class).single();
		mvc.perform(post("/assignments/requests/" + request + "/accept").with(user(Coordinator.everywhere())).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/assignments/requests/" + request + "/review").with(user(Coordinator.everywhere())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/assignments/requests/" + request + "/refuse").with(user(Coordinator.everywhere())).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Cần nêu lý do không chấp thuận.")));
		mvc.perform(post("/assignments/requests/" + request + "/accept").with(user(Coordinator.everywhere())).with(csrf())
				.param("note", "Đồng ý"))
			.andExpect(status().is3xxRedirection());

		long adjustment = createDraft("ĐC" + f.suffix + "/QĐ-UBND");
		mvc.perform(post("/assignments/requests/" + request + "/include").with(user(Coordinator.everywhere())).with(csrf())
				.param("decisionId", String.valueOf(adjustment)).param("startOn", "2026-10-01"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/assignments/decisions/" + adjustment + "/issue").with(user(Coordinator.everywhere())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("SELECT end_on FROM assignment WHERE id = :id").param("id", assignment)
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(jdbc.sql("SELECT status FROM adjustment_request WHERE id = :id").param("id", request)
			.query(String.class).single()).isEqualTo("ACCEPTED");
		mvc.perform(get("/api/v1/assignments").with(user(Coordinator.everywhere()))
				.param("commune", "02890").param("asOf", "2026-10-01").param("agency", String.valueOf(agency))
				.param("position", String.valueOf(deputy)))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].helperName").value("Tổ Trưởng " + f.suffix))
			.andExpect(jsonPath("$.content[0].helpTeam[0]").value("Tổ Trưởng " + f.suffix));
	}

	@Test
	void theSnnmtDeputysScopeComesFromItsAssignmentsAndItsPageShowsItsCommunesTeamsAndHandovers() throws Exception {
		Cookie leader = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		mvc.perform(get("/assignments/communes/02839").cookie(leader)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Lò Văn Páo")))
			.andExpect(content().string(containsString("0912 000 103")));
		mvc.perform(get("/assignments/communes/02701").cookie(leader)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/assignments").cookie(leader))
			.andExpect(jsonPath("$.content[*].communeCode", org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.oneOf("02839", "02848"))))
			.andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(4)));
		mvc.perform(get("/assignments").cookie(leader)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Lùng Phình")))
			.andExpect(content().string(containsString("Phạm Thị Lan")))
			.andExpect(content().string(not(containsString("Xã Y Tý"))));

		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/assignments/communes/02701").cookie(office)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đặng Quốc Khánh")))
			.andExpect(content().string(containsString("do Đặng Quốc Khánh đảm nhận thay Trần Minh Đức")));
	}

	private void helperOn(String date, long assignment, String name) throws Exception {
		mvc.perform(get("/api/v1/assignments").with(user(Coordinator.everywhere()))
				.param("commune", "02890").param("asOf", date))
			.andExpect(jsonPath("$.content[?(@.id == " + assignment + ")].helperName").value(name));
	}

	private long createDraft(String number) throws Exception {
		MvcResult result = mvc.perform(post("/assignments/decisions").with(user(Coordinator.everywhere())).with(csrf())
				.param("tier", "PROVINCE").param("issuerUnitCode", "15").param("year", "2026").param("number", number)
				.param("title", "Về việc điều chỉnh phân công").param("signedOn", "2026-09-25"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}
}
