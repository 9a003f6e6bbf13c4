package vn.giupxa.program;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The commune scorecard: values against the commune's own thresholds, the workflow, scope and stale edits. */
@IntegrationTest
class ScorecardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCommuneSeesItsIllustrativeScorecardAgainstGroupThreeThresholds() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/communes/02839/scorecard").param("period", "2026").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhóm 3")))
			.andExpect(content().string(containsString("Số liệu minh họa")))
			.andExpect(content().string(containsString("tiêu chí đạt")))
			.andExpect(content().string(containsString("Còn thiếu")));
		// 02839 in group 3 (02848: everything but digital transformation, 9 of 10)
		// 02839 in group 3: road 75 ≥ 70 met, income 42 < 50 not met, poverty 9.5 > 8 not met
		mvc.perform(get("/api/v1/communes/02839/scorecard").param("period", "2026").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.thresholdKey").value("3"))
			.andExpect(jsonPath("$.criteriaCount").value(10))
			.andExpect(jsonPath("$.criteria[1].met").value(true))
			.andExpect(jsonPath("$.criteria[2].met").value(false))
			.andExpect(jsonPath("$.criteria[5].met").value(false));
	}

	@Test
	void aCommuneOfficerCannotSeeOrEditAnotherCommune() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/communes/02701/scorecard").param("period", "2026").cookie(commune)).andExpect(status().isNotFound());
		mvc.perform(post("/communes/02701/scorecard/values").with(csrf()).cookie(commune)
			.param("period", "2026").param("indicator", "2.1").param("value", "99")).andExpect(status().isNotFound());
	}

	@Test
	void aPercentageOver100IsRefusedAndTheTypedValueKept() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(post("/communes/02839/scorecard/values").with(csrf()).cookie(commune)
			.param("period", "2026").param("indicator", "4.1").param("value", "140"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không được lớn hơn 100")))
			.andExpect(content().string(containsString("value=\"140\"")));
	}

	@Test
	void draftSubmittedVerifiedThenAVerifiedValueIsLockedUntilReturned() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(post("/communes/02839/scorecard/values").with(csrf()).cookie(commune)
			.param("period", "2027").param("indicator", "3.1").param("value", "55,5").param("evidence", "https://example.vn/bc"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/communes/02839/scorecard/submit").with(csrf()).cookie(commune).param("period", "2027"))
			.andExpect(status().is3xxRedirection());
		long version = version("2027");
		mvc.perform(post("/communes/02839/scorecard/verify").with(csrf()).cookie(office).param("period", "2027")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		// A second verifier still holding the old version is told to reload; nothing is overwritten.
		mvc.perform(post("/communes/02839/scorecard/return").with(csrf()).cookie(office).param("period", "2027")
			.param("version", String.valueOf(version)).param("reason", "Thiếu minh chứng"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("tải lại")));
		mvc.perform(post("/communes/02839/scorecard/values").with(csrf()).cookie(commune)
			.param("period", "2027").param("indicator", "3.1").param("value", "60"))
			.andExpect(content().string(containsString("đã được xác nhận")));
		mvc.perform(post("/communes/02839/scorecard/return").with(csrf()).cookie(office).param("period", "2027")
			.param("version", String.valueOf(version("2027"))).param("reason", "Thiếu minh chứng"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/communes/02839/scorecard").param("period", "2027").cookie(commune))
			.andExpect(content().string(containsString("Thiếu minh chứng")));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'CriteriaAssessment' AND action = 'UPDATE'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void theNewCommuneShowsTheRecognitionOfTheOldCommuneItWasFormedFrom() throws Exception {
		mvc.perform(get("/tieu-chi/02839"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1234/QĐ-UBND")))
			.andExpect(content().string(containsString("trước sáp nhập")))
			.andExpect(content().string(not(containsString("xa.demo"))));
		mvc.perform(get("/tieu-chi/02848"))
			.andExpect(content().string(containsString("9 / 10 tiêu chí đạt")))
			// Results are not told by colour alone: a symbol, and the result in words for screen readers
			.andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.contains("aria-label=\"Kết quả từng tiêu chí\"", "7 ✗", "1 ✓")
				.containsPattern("class=\"visually-hidden\">Tiêu chí 7 \\([^)]+\\): Không đạt<"))
			.andExpect(result -> assertThat(result.getResponse().getCookie("SESSION")).isNull());
	}

	@Test
	void theProvinceMatrixCountsCommunesByCriteriaMet() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/criteria-matrix").param("province", "15").param("period", "2026").cookie(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Bắc Hà")))
			.andExpect(content().string(containsString("table-success")))
			.andExpect(content().string(containsString("table-danger")))
			.andExpect(content().string(containsString("href=\"/communes/02839/scorecard?set=XA-NTM-2026-2030&amp;period=2026\"")))
			// the filters' options and the headings (written in Java), the page sent whole with its length
			.andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.contains("<option value=\"XA-NTM-2026-2030\" selected=\"selected\">", "<option value=\"2026\" selected=\"selected\">Năm 2026</option>",
						"<option value=\"\">Tất cả</option><option value=\"1\">Nhóm 1</option>", "<th scope=\"col\" title=\"")
				.containsPattern("<th scope=\"col\" title=\"[^\"]+\">10</th>"))
			.andExpect(result -> assertThat(result.getResponse().getContentLength())
				.isEqualTo(result.getResponse().getContentAsByteArray().length));
	}

	@Test
	void theMatrixPageAnswersAnUnknownProvinceOrSetWithItsMessageWhileItsMatrixIsReadElsewhere() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		// the background read fails too; the page's own look-up answers
		mvc.perform(get("/criteria-matrix").param("province", "99").param("period", "2026").cookie(office))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không có tỉnh mã 99.")));
		mvc.perform(get("/criteria-matrix").param("province", "15").param("set", "KHONG-CO").param("period", "2026")
				.cookie(office))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không có bộ tiêu chí KHONG-CO.")));
		mvc.perform(get("/criteria-matrix").param("province", "15").param("period", "2026").param("page", "-3")
				.param("key", "  ").cookie(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Bắc Hà")));
	}

	@Test
	void theProvinceMatrixIsAlsoJsonScopedToTheCaller() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/api/v1/criteria-matrix").param("province", "15").param("period", "2026").cookie(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.set").value("XA-NTM-2026-2030"))
			.andExpect(jsonPath("$.communes[?(@.code == '02839')].name").value("Xã Bắc Hà"))
			.andExpect(jsonPath("$.communes[?(@.code == '02848')].metCount").value(9))
			.andExpect(jsonPath("$.communes[?(@.code == '02848')].criteria['7']").value(false))
			.andExpect(jsonPath("$.summary.criteria").value(10));
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/api/v1/criteria-matrix").param("period", "2026").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communes.length()").value(1))
			.andExpect(jsonPath("$.communes[0].code").value("02839"))
			.andExpect(jsonPath("$.summary.communes").value(1));
		mvc.perform(get("/api/v1/criteria-matrix").param("province", "99").param("period", "2026").cookie(office))
			.andExpect(status().isNotFound());
	}

	@Test
	void theProvinceMatrixFiltersByTheHelperOfTheCommunes() throws Exception {
		long deputy = jdbc.sql("""
				SELECT p.id FROM agency_position p JOIN agency a ON a.id = p.agency_id
				WHERE a.code = 'LCI-SNNMT' AND p.title = 'Phó Giám đốc phụ trách nông thôn mới'""").query(Long.class).single();
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		String page = mvc.perform(get("/criteria-matrix").param("province", "15").param("period", "2026")
				.param("helper", String.valueOf(deputy)).cookie(office))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String html = HtmlUtils.htmlUnescape(page);
		// lanhdao.snnmt's seat helps Bắc Hà and Lùng Phình in 2026; Y Tý and Tả Van have other helpers
		assertThat(html).contains("Xã Bắc Hà", "Xã Lùng Phình", "Phó Giám đốc phụ trách nông thôn mới – Sở NN&MT")
			.doesNotContain(">Xã Y Tý<", ">Xã Tả Van<")
			.contains("<option value=\"" + deputy + "\" selected=\"selected\">");
		assertThat(html).containsPattern("data-testid=\"communes\">2<");
		// The helper filter offers the helpers of the province's communes only (a path prefix: Lào Cai is /15/)
		String hanoi = HtmlUtils.htmlUnescape(mvc.perform(get("/criteria-matrix").param("province", "01").param("period", "2026")
				.cookie(office)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(hanoi).doesNotContain("Phó Giám đốc phụ trách nông thôn mới – Sở NN&MT");
		mvc.perform(get("/api/v1/criteria-summary").param("province", "15").param("period", "2026")
				.param("helper", String.valueOf(deputy)).cookie(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communes").value(2))
			.andExpect(jsonPath("$.byMetCount['9']").value(1));
		// The helper itself sees the same two communes, its whole scope
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		mvc.perform(get("/api/v1/criteria-summary").param("period", "2026").param("helper", String.valueOf(deputy)).cookie(helper))
			.andExpect(jsonPath("$.communes").value(2));
		// A helper with no commune in the period: nothing counted
		mvc.perform(get("/api/v1/criteria-summary").param("period", "2026").param("helper", "-1").cookie(office))
			.andExpect(jsonPath("$.communes").value(0));
	}

	@Test
	void theNationalSummaryCountsTheCommunesOfTheCallersScope() throws Exception {
		long laoCai = jdbc.sql("""
				SELECT count(*) FROM administrative_unit
				WHERE level = 'COMMUNE' AND path LIKE '/15/%' AND valid_from <= DATE '2026-01-01'
				  AND (valid_to IS NULL OR valid_to >= DATE '2026-01-01')""").query(Long.class).single();
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/api/v1/criteria-summary").param("period", "2026").cookie(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communes").value(laoCai))
			.andExpect(jsonPath("$.criteria").value(10));
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/api/v1/criteria-summary").param("period", "2026").cookie(commune))
			.andExpect(jsonPath("$.communes").value(1));
		mvc.perform(get("/api/v1/criteria-summary").param("province", "99").param("period", "2026").cookie(office))
			.andExpect(status().isNotFound());
	}

	private long version(String period) {
		return jdbc.sql("""
				SELECT a.version FROM criteria_assessment a JOIN administrative_unit u ON u.id = a.unit_id
				JOIN criteria_set s ON s.id = a.set_id
				WHERE u.code = '02839' AND u.valid_from = DATE '2025-07-01' AND s.code = 'XA-NTM-2026-2030' AND a.period = ?""")
			.param(period).query(Long.class).single();
	}
}
