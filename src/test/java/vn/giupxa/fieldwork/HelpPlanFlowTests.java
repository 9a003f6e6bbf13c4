package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HelpPlanFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** The SNNMT deputy's assignment in force mid-2026 (the demo decision 05/QĐ-UBND). */
	private long assignmentOf(String communeCode) {
		return assignmentOn(jdbc, communeCode, LocalDate.of(2026, 6, 1));
	}

	/** The SNNMT deputy's assignment whose term holds the day (a test may have issued the 2027 consolidation). */
	static long assignmentOn(JdbcClient jdbc, String communeCode, LocalDate day) {
		return jdbc.sql("""
				SELECT a.id FROM assignment a JOIN assignment_decision d ON d.id = a.decision_id
				JOIN agency_position p ON p.id = a.position_id JOIN agency ag ON ag.id = p.agency_id
				JOIN administrative_unit u ON u.id = a.unit_id
				WHERE ag.code = 'LCI-SNNMT' AND p.title = 'Phó Giám đốc phụ trách nông thôn mới' AND u.code = :code
				  AND u.valid_from = DATE '2025-07-01' AND d.status = 'ISSUED'
				  AND a.start_on <= :day AND (a.end_on IS NULL OR a.end_on >= :day)""")
			.param("code", communeCode).param("day", day)
			.query(Long.class).single();
	}

	private long openComponent(String program, String number) {
		return jdbc.sql("""
				SELECT c.id FROM program_component c JOIN target_program p ON p.id = c.program_id
				WHERE p.code = ? AND c.number = ? AND c.parent_id IS NULL""")
			.param(program).param(number).query(Long.class).single();
	}

	private String state(long id) {
		return jdbc.sql("SELECT state FROM help_plan WHERE id = ?").param(id).query(String.class).single();
	}

	private long version(long id) {
		return jdbc.sql("SELECT version FROM help_plan WHERE id = ?").param(id).query(Long.class).single();
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private static long idFrom(String url) {
		return Long.parseLong(url.replaceAll("^/help-plans/(\\d+).*$", "$1"));
	}

	@Test
	void theHelperWritesSubmitsAndRevisesAPlanAndTheOfficeComments() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		String goals = "Giữ vững 19 tiêu chí " + UUID.randomUUID().toString().substring(0, 8);
		MvcResult created = mvc.perform(post("/help-plans/new").cookie(helper).with(csrf())
			.param("assignmentId", String.valueOf(assignmentOn(jdbc, "02839", LocalDate.of(2027, 6, 1)))).param("year", "2027").param("goals", goals)
			.param("q1", "2").param("q2", "1").param("q3", "0").param("q4", "1")
			.param("contents[0].text", "Du lịch cộng đồng thôn Sả Hồ").param("contents[0].focus", "ECO_TOURISM")
			.param("contents[1].text", "Chuỗi giá trị mận").param("contents[1].programComponentId",
					String.valueOf(openComponent("DTTS-2021-2030", "3")))
			.param("contents[2].text", "").param("contents[2].focus", ""))
			.andExpect(status().is3xxRedirection()).andReturn();
		long id = idFrom(created.getResponse().getRedirectedUrl());
		assertThat(state(id)).isEqualTo("DRAFT");
		assertThat(jdbc.sql("SELECT count(*) FROM help_plan_content WHERE plan_id = ?").param(id).query(Long.class).single())
			.isEqualTo(2);

		// A done visit in the first quarter of the plan's year counts as progress.
		jdbc.sql("""
				INSERT INTO field_visit (commune_id, commune_path, planned_on, agenda, planned_by, planned_at, state, done_on)
				SELECT commune_id, commune_path, DATE '2027-02-10', 'Kiểm tra tiến độ', 'lanhdao.snnmt', now(), 'DONE',
				       DATE '2027-02-10' FROM help_plan WHERE id = ?""").param(id).update();
		String shown = page(mvc.perform(get("/help-plans/{id}", id).cookie(helper)).andExpect(status().isOk()).andReturn());
		assertThat(shown).contains(goals).contains("Bản nháp").contains("Du lịch sinh thái gắn với bảo tồn")
			.contains("Phát triển sản xuất nông, lâm nghiệp theo chuỗi giá trị").contains("1/4 chuyến")
			.contains("Đã đi 1 trên 2 chuyến dự kiến");

		mvc.perform(post("/help-plans/{id}/submit", id).cookie(helper).with(csrf()).param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("SUBMITTED");
		String refused = page(mvc.perform(post("/help-plans/{id}/edit", id).cookie(helper).with(csrf())
			.param("assignmentId", String.valueOf(assignmentOn(jdbc, "02839", LocalDate.of(2027, 6, 1)))).param("year", "2027")
			.param("goals", "Sửa sau khi gửi").param("q1", "1").param("q2", "1").param("q3", "1").param("q4", "1")
			.param("version", String.valueOf(version(id)))).andExpect(status().isOk()).andReturn());
		assertThat(refused).contains("Kế hoạch đã gửi thì không sửa được").contains("Sửa sau khi gửi");

		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(post("/help-plans/{id}/comments", id).cookie(office).with(csrf()).param("text", "Bổ sung mốc thời gian"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE recipient = 'lanhdao.snnmt' AND link = ?")
			.param("/help-plans/" + id).query(Long.class).single()).isEqualTo(1);
		mvc.perform(post("/help-plans/{id}/comments", id).cookie(helper).with(csrf()).param("text", "Đã bổ sung"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE recipient = 'vpdp' AND link = ?")
			.param("/help-plans/" + id).query(Long.class).single()).as("the office hears the answer").isEqualTo(1);

		MvcResult revised = mvc.perform(post("/help-plans/{id}/revise", id).cookie(helper).with(csrf())
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection()).andReturn();
		long next = idFrom(revised.getResponse().getRedirectedUrl());
		assertThat(revised.getResponse().getRedirectedUrl()).endsWith("/edit");
		assertThat(page(mvc.perform(get("/help-plans/{id}/edit", next).cookie(helper)).andExpect(status().isOk()).andReturn()))
			.as("the revision starts from the submitted plan").contains(goals).contains("Du lịch cộng đồng thôn Sả Hồ");
		mvc.perform(get("/help-plans/{id}/edit", next).cookie(office)).andExpect(status().isConflict());
		assertThat(jdbc.sql("SELECT revision FROM help_plan WHERE id = ?").param(next).query(Integer.class).single()).isEqualTo(2);
		mvc.perform(post("/help-plans/{id}/submit", next).cookie(helper).with(csrf()).param("version", String.valueOf(version(next))))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("SUPERSEDED");
		assertThat(state(next)).isEqualTo("SUBMITTED");
		mvc.perform(get("/api/v1/help-plans").param("year", "2027").param("commune", "02839").cookie(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(next))
			.andExpect(jsonPath("$.content[0].doneVisits").value(1));
		mvc.perform(get("/api/v1/help-plans/{id}", next).cookie(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quarters[0].planned").value(2))
			.andExpect(jsonPath("$.quarters[0].done").value(1))
			.andExpect(jsonPath("$.contents[0].focus").value("ECO_TOURISM"));
	}

	@Test
	void badPlansAreRefusedWithVietnameseMessagesAndWhatWasTypedIsKept() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		String assignment = String.valueOf(assignmentOf("02839"));
		String outside = page(mvc.perform(post("/help-plans/new").cookie(helper).with(csrf()).param("assignmentId", assignment)
			.param("year", "2025").param("goals", "Mục tiêu đã gõ A").param("q1", "1").param("q2", "1").param("q3", "1")
			.param("q4", "1")).andExpect(status().isOk()).andReturn());
		assertThat(outside).contains("Năm 2025 nằm ngoài thời hạn phân công (05/01/2026 –").contains("Mục tiêu đã gõ A");

		String duplicate = page(mvc.perform(post("/help-plans/new").cookie(helper).with(csrf()).param("assignmentId", assignment)
			.param("year", "2026").param("goals", "Mục tiêu đã gõ B").param("q1", "1").param("q2", "1").param("q3", "1")
			.param("q4", "1")).andExpect(status().isOk()).andReturn());
		assertThat(duplicate).contains("Phân công này đã có kế hoạch năm 2026").contains("Mục tiêu đã gõ B");

		String negative = page(mvc.perform(post("/help-plans/new").cookie(helper).with(csrf()).param("assignmentId", assignment)
			.param("year", "2029").param("goals", "Mục tiêu đã gõ C").param("q1", "-1").param("q2", "1").param("q3", "1")
			.param("q4", "1").param("contents[0].text", "Nội dung không gắn")).andExpect(status().isOk()).andReturn());
		assertThat(negative).contains("Số chuyến dự kiến không được âm.").contains("Mục tiêu đã gõ C").contains("value=\"-1\"");

		String untied = page(mvc.perform(post("/help-plans/new").cookie(helper).with(csrf()).param("assignmentId", assignment)
			.param("year", "2029").param("goals", "Mục tiêu đã gõ D").param("q1", "1").param("q2", "1").param("q3", "1")
			.param("q4", "1").param("contents[0].text", "Nội dung không gắn")).andExpect(status().isOk()).andReturn());
		assertThat(untied).contains("Gắn nội dung với một hạng mục chương trình hoặc một nội dung trọng tâm.")
			.contains("Nội dung không gắn");
		assertThat(jdbc.sql("SELECT count(*) FROM help_plan WHERE year IN (2025, 2029)").query(Long.class).single()).isZero();

		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String notHelper = page(mvc.perform(post("/help-plans/new").cookie(commune).with(csrf()).param("assignmentId", assignment)
			.param("year", "2028").param("goals", "Xã tự lập").param("q1", "1").param("q2", "1").param("q3", "1")
			.param("q4", "1")).andExpect(status().isOk()).andReturn());
		assertThat(notHelper).contains("Bạn không giúp đỡ xã theo phân công này.");
	}

	@Test
	void aStaleEditIsRefusedAndNothingIsOverwritten() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		String goals = jdbc.sql("SELECT goals FROM help_plan WHERE id = 2").query(String.class).single();
		String shown = page(mvc.perform(post("/help-plans/2/edit").cookie(helper).with(csrf())
			.param("assignmentId", String.valueOf(assignmentOf("02848"))).param("year", "2026")
			.param("goals", "Mục tiêu sửa cũ").param("q1", "1").param("q2", "1").param("q3", "1").param("q4", "1")
			.param("version", "99")).andExpect(status().isOk()).andReturn());
		assertThat(shown).contains("Người khác vừa thay đổi dữ liệu này").contains("Mục tiêu sửa cũ");
		assertThat(jdbc.sql("SELECT goals FROM help_plan WHERE id = 2").query(String.class).single()).isEqualTo(goals);
	}

	@Test
	void aCommuneSeesItsOwnPlanOnlyAndCannotComment() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String own = page(mvc.perform(get("/help-plans/1").cookie(commune)).andExpect(status().isOk()).andReturn());
		assertThat(own).contains("Bắc Hà").contains("Đề nghị bổ sung mốc thời gian");
		mvc.perform(get("/help-plans/2").cookie(commune)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/help-plans/2").cookie(commune)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/help-plans").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].communeCode", everyItem(is("02839"))));
		String refused = page(mvc.perform(post("/help-plans/1/comments").cookie(commune).with(csrf()).param("text", "Xã góp ý"))
			.andExpect(status().isOk()).andReturn());
		assertThat(refused).contains("Chỉ huyện, Văn phòng Điều phối").contains("Xã góp ý");
	}

	@Test
	void aDistrictSeesAndCommentsOnThePlansOfItsSubtreeOnly() throws Exception {
		// An assignment of the old era (2024) in a commune of the former Bắc Hà district, with a plan.
		long plan = jdbc.sql("""
				WITH commune AS (
				  SELECT c.id, c.path FROM administrative_unit c JOIN administrative_unit d ON d.id = c.parent_id
				  JOIN administrative_unit p ON p.id = d.parent_id
				  WHERE c.level = 'COMMUNE' AND d.name = 'Huyện Bắc Hà' AND p.code = '10' ORDER BY c.code LIMIT 1),
				decision AS (
				  INSERT INTO assignment_decision (tier, issuer_unit_id, year, number, title, signed_on, status, issued_at)
				  SELECT 'PROVINCE', id, 2024, :number, 'Phân công thử nghiệm', DATE '2024-01-02', 'ISSUED', now()
				  FROM administrative_unit WHERE level = 'PROVINCE' AND code = '10' RETURNING id),
				helper AS (
				  SELECT p.id AS position_id, p.agency_id FROM agency_position p JOIN agency a ON a.id = p.agency_id
				  WHERE a.code = 'LCI-SNNMT' AND p.title = 'Giám đốc'),
				assigned AS (
				  INSERT INTO assignment (decision_id, kind, agency_id, position_id, unit_id, start_on, end_on)
				  SELECT decision.id, 'HELP', helper.agency_id, helper.position_id, commune.id, DATE '2024-01-02', DATE '2024-12-31'
				  FROM decision, helper, commune RETURNING id, unit_id)
				INSERT INTO help_plan (assignment_id, commune_id, commune_path, year, goals, q1_visits, q2_visits, q3_visits,
				                       q4_visits, state, written_by, created_at)
				SELECT assigned.id, commune.id, commune.path, 2024, 'Kế hoạch huyện cũ', 1, 1, 1, 1, 'DRAFT', 'lanhdao.snnmt', now()
				FROM assigned, commune RETURNING id""")
			.param("number", "T" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND")
			.query(Long.class).single();
		Cookie district = Sessions.loginDemo(mvc, "huyen.bacha");
		mvc.perform(get("/help-plans").param("year", "2024").cookie(district))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(page(result)).contains("/help-plans/" + plan));
		mvc.perform(get("/help-plans/1").cookie(district)).andExpect(status().isNotFound());
		mvc.perform(post("/help-plans/{id}/comments", plan).cookie(district).with(csrf()).param("text", "Huyện góp ý"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE recipient = 'lanhdao.snnmt' AND link = ?")
			.param("/help-plans/" + plan).query(Long.class).single()).isEqualTo(1);
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/help-plans/{id}", plan).cookie(commune)).andExpect(status().isNotFound());
	}
}
