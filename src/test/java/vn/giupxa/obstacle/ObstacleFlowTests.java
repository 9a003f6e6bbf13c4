package vn.giupxa.obstacle;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.calendar.WorkingCalendar;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ObstacleFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	BreachWatch breachWatch;

	private long raise(Cookie session, String title, String kind, String category) throws Exception {
		MvcResult result = mvc.perform(post("/obstacles/new").cookie(session).with(csrf())
			.param("communeCode", "02839").param("kind", kind).param("categoryCode", category)
			.param("title", title).param("description", "Mô tả chi tiết: " + title))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/obstacles/".length()));
	}

	private long version(long id) {
		return jdbc.sql("SELECT version FROM obstacle WHERE id = ?").param(id).query(Long.class).single();
	}

	private String title() {
		return "Khó khăn thử " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void raiseEscalateAnswerConfirmAcrossThreeAccounts() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String title = title();
		long id = raise(helper, title, "DIFFICULTY", "INFRASTRUCTURE");

		mvc.perform(post("/obstacles/{id}/escalate", id).cookie(helper).with(csrf())
			.param("text", "Vượt khả năng ngân sách xã").param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT level FROM obstacle WHERE id = ?").param(id).query(String.class).single())
			.as("no district tier in 2026: the commune escalates to the province").isEqualTo("PROVINCE");
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE recipient = 'vpdp' AND arguments[1] = ?")
			.param(title).query(Long.class).single()).isEqualTo(1);

		mvc.perform(post("/obstacles/{id}/answer", id).cookie(office).with(csrf())
			.param("text", "Tỉnh hỗ trợ 50 tấn xi măng").param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/obstacles/{id}/confirm", id).cookie(commune).with(csrf())
			.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("SELECT state FROM obstacle WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("CLOSED");
		mvc.perform(get("/obstacles/{id}", id).cookie(commune))
			.andExpect(content().string(containsString("Tỉnh hỗ trợ 50 tấn xi măng")))
			.andExpect(content().string(containsString("Xác nhận đã giải quyết")));
	}

	@Test
	void theCommuneCannotAnswerAnItemHeldByTheProvinceAndKeepsWhatItTyped() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		long id = raise(commune, title(), "DIFFICULTY", "LAND");
		mvc.perform(post("/obstacles/{id}/escalate", id).cookie(commune).with(csrf())
			.param("text", "Cần tỉnh chỉ đạo").param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());

		MvcResult result = mvc.perform(post("/obstacles/{id}/answer", id).cookie(commune).with(csrf())
			.param("text", "Câu trả lời của xã").param("version", String.valueOf(version(id))))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
			.contains("đang do cấp khác xử lý")
			.contains("Câu trả lời của xã");
		assertThat(jdbc.sql("SELECT state FROM obstacle WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("OPEN");
	}

	@Test
	void aStaleChangeIsRefusedAndNothingIsOverwritten() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		long id = raise(commune, title(), "DIFFICULTY", "CAPITAL");
		long seen = version(id);
		mvc.perform(post("/obstacles/{id}/resolve", id).cookie(helper).with(csrf())
			.param("text", "Giải pháp của lãnh đạo").param("version", String.valueOf(seen)))
			.andExpect(status().is3xxRedirection());

		MvcResult result = mvc.perform(post("/obstacles/{id}/resolve", id).cookie(commune).with(csrf())
			.param("text", "Giải pháp của xã").param("version", String.valueOf(seen)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
			.contains("Người khác vừa thay đổi dữ liệu này");
		assertThat(jdbc.sql("SELECT solution FROM obstacle WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Giải pháp của lãnh đạo");
	}

	@Test
	void raisingForACommuneOutsideTheScopeIsRefusedWithTheFieldNamed() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String title = title();
		MvcResult result = mvc.perform(post("/obstacles/new").cookie(commune).with(csrf())
			.param("communeCode", "02701").param("kind", "PROPOSAL").param("categoryCode", "OTHER")
			.param("title", title).param("description", "Nội dung"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
			.contains("không thuộc phạm vi của bạn")
			.contains(title);
		assertThat(jdbc.sql("SELECT count(*) FROM obstacle WHERE title = ?").param(title).query(Long.class).single())
			.isZero();
	}

	@Test
	void theDeadlineCountsWorkingDaysOfTheLevel() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		long id = raise(commune, title(), "DIFFICULTY", "OTHER");
		var row = jdbc.sql("SELECT level_since, due_on FROM obstacle WHERE id = ?").param(id)
			.query((rs, n) -> new java.time.LocalDate[] { rs.getObject(1, java.time.LocalDate.class),
					rs.getObject(2, java.time.LocalDate.class) })
			.single();
		assertThat(row[1]).isEqualTo(calendar.addWorkingDays(row[0], 5));
	}

	@Test
	void anOverdueItemIsNotifiedOnceToTheLevelAndTheLevelAbove() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String title = title();
		long id = raise(commune, title, "DIFFICULTY", "PRODUCTION");
		jdbc.sql("UPDATE obstacle SET due_on = DATE '2026-01-05' WHERE id = ?").param(id).update();

		assertThat(breachWatch.notifyBreaches()).isPositive();
		assertThat(breachWatch.notifyBreaches()).as("second run finds nothing new").isZero();
		assertThat(jdbc.sql("SELECT recipient FROM notice WHERE message_key = 'obstacle.notice.overdue' AND arguments[1] = ?")
			.param(title).query(String.class).list())
			.contains("lanhdao.snnmt", "totgiupviec", "vpdp")
			.doesNotHaveDuplicates();
		mvc.perform(get("/obstacles").param("overdue", "true").cookie(commune))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(title, "UTF-8"))));
	}

	@Test
	void theRegisterExportsToExcelWithinTheCallersScope() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String title = title();
		raise(commune, title, "DIFFICULTY", "CAPITAL");
		byte[] xlsx = mvc.perform(get("/obstacles/export.xlsx").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Tiêu đề");
			java.util.List<String> titles = new java.util.ArrayList<>();
			java.util.List<String> communes = new java.util.ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				titles.add(sheet.getRow(r).getCell(2).getStringCellValue());
				communes.add(sheet.getRow(r).getCell(5).getStringCellValue());
			}
			assertThat(titles).contains(title);
			assertThat(communes).as("only the caller's commune").containsOnly("02839");
		}
	}

	@Test
	void theDigestGroupsProposalsAndDownloadsAsWordInTimesNewRoman() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String title = "Kiến nghị " + UUID.randomUUID().toString().substring(0, 8);
		raise(commune, title, "PROPOSAL", "MECHANISM_POLICY");
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/obstacles/digest").cookie(office))
			.andExpect(content().string(containsString("Cơ chế, chính sách")))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(title, "UTF-8"))));
		byte[] docx = mvc.perform(get("/obstacles/digest.docx").cookie(office))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = document.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
			assertThat(text).contains("TỔNG HỢP KIẾN NGHỊ").contains(title);
			assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
		}
	}

	@Test
	void thePublicPageShowsCountsWithoutNames() throws Exception {
		mvc.perform(get("/cong-khai/kho-khan-vuong-mac").param("province", "15"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Bắc Hà")))
			.andExpect(content().string(not(containsString("xa.bacha"))))
			.andExpect(content().string(not(containsString("Thiếu vốn đối ứng"))));
	}

	@Test
	void theApiRefusesBadInputWithFieldErrorsAndStepsPastTheTop() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(post("/api/v1/obstacles").cookie(commune).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"communeCode\":\"02839\",\"kind\":\"DIFFICULTY\",\"categoryCode\":\"OTHER\",\"title\":\"\",\"description\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("Vui lòng nhập tiêu đề."));

		String created = mvc.perform(post("/api/v1/obstacles").cookie(commune).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"communeCode\":\"02839\",\"kind\":\"DIFFICULTY\",\"categoryCode\":\"OTHER\",\"title\":\"API thử\",\"description\":\"x\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		jdbc.sql("UPDATE obstacle SET level = 'PROVINCIAL_COMMITTEE' WHERE id = ?").param(id).update();
		Cookie leadership = Sessions.loginDemo(mvc, "ubnd.tinh");
		mvc.perform(post("/api/v1/obstacles/{id}/escalate", id).cookie(leadership).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Lên nữa\",\"version\":" + version(id) + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("cấp cao nhất")));
		mvc.perform(get("/api/v1/obstacles").param("commune", "02839").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)));
	}

	@Test
	void itemsHeldAtTheCallersLevelShowOnTheHomePage() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/home").cookie(office))
			.andExpect(content().string(containsString("Khó khăn, kiến nghị đang chờ bạn")))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape("Thiếu vốn đối ứng", "UTF-8"))));
		Cookie editor = Sessions.loginDemo(mvc, "bientap");
		mvc.perform(get("/home").cookie(editor))
			.andExpect(content().string(not(containsString("Khó khăn, kiến nghị đang chờ bạn"))));
	}

	@Test
	void aPdfAttachedWhenRaisingIsListedAndDownloadsAsAnAttachment() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String title = title();
		byte[] pdf = "%PDF-1.4\n% dự toán\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		MvcResult result = mvc.perform(multipart("/obstacles/new")
			.file(new MockMultipartFile("files", "Dự toán kênh mương.pdf", "application/pdf", pdf))
			.cookie(commune).with(csrf())
			.param("communeCode", "02839").param("kind", "DIFFICULTY").param("categoryCode", "INFRASTRUCTURE")
			.param("title", title).param("description", "Kèm dự toán"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String itemUrl = result.getResponse().getRedirectedUrl();
		long id = Long.parseLong(itemUrl.substring("/obstacles/".length()));
		long attachment = jdbc.sql("SELECT id FROM obstacle_attachment WHERE obstacle_id = ?").param(id)
			.query(Long.class).single();
		mvc.perform(get(itemUrl).cookie(commune))
			.andExpect(content().string(containsString("/obstacles/" + id + "/attachments/" + attachment)));
		mvc.perform(get("/obstacles/{id}/attachments/{a}", id, attachment).cookie(commune))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("attachment")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(pdf));
		Cookie outsider = Sessions.loginDemo(mvc, "huyen.bacha");
		mvc.perform(get("/obstacles/{id}/attachments/{a}", id, attachment).cookie(outsider))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String title = title();
		MvcResult result = mvc.perform(multipart("/obstacles/new")
			.file(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.cookie(commune).with(csrf())
			.param("communeCode", "02839").param("kind", "DIFFICULTY").param("categoryCode", "OTHER")
			.param("title", title).param("description", "Nội dung giữ lại"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
			.contains("không phải PDF, Word, Excel hay ảnh")
			.contains(title)
			.contains("Nội dung giữ lại");
		assertThat(jdbc.sql("SELECT count(*) FROM obstacle WHERE title = ?").param(title).query(Long.class).single())
			.isZero();
	}

	@Test
	void theRegisterFiltersByTheHelperOfTheCommunes() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		String page = mvc.perform(get("/obstacles").param("helper", "lanhdao.snnmt").cookie(office))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page))
			.contains("Thiếu vốn đối ứng làm đường liên thôn")
			.doesNotContain("Đề xuất cơ chế hỗ trợ giống chè cho hộ nghèo xã Y Tý")
			// The rule is the communes the helper helps today, and the form says so.
			.contains("Các xã người này giúp đỡ hôm nay.");
	}

	@Test
	void theAdministratorAddsACategoryThatRaisersCanChoose() throws Exception {
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		mvc.perform(post("/admin/obstacle-rules/categories").cookie(admin).with(csrf())
			.param("code", "lowercase").param("nameVi", "Sai").param("nameEn", "Wrong").param("rank", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã gồm chữ in hoa không dấu")));
		mvc.perform(post("/admin/obstacle-rules/categories").cookie(admin).with(csrf())
			.param("code", "DIGITAL").param("nameVi", "Chuyển đổi số").param("nameEn", "Digital transformation")
			.param("rank", "70").param("active", "true"))
			.andExpect(status().is3xxRedirection());
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/obstacles/new").cookie(commune))
			.andExpect(content().string(containsString("Chuyển đổi số")));
		long id = raise(commune, title(), "DIFFICULTY", "DIGITAL");
		assertThat(jdbc.sql("SELECT category_code FROM obstacle WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("DIGITAL");
	}

	@Test
	void theRegisterFiltersByAge() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		String page = mvc.perform(get("/obstacles").param("minAgeDays", "30").cookie(office))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page))
			.contains("Đề xuất cơ chế hỗ trợ giống chè")
			.doesNotContain("Khó khăn thử ");
	}

	@Test
	void aNegativeDeadlineIsRefused() throws Exception {
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		mvc.perform(post("/admin/obstacle-rules").cookie(admin).with(csrf())
			.param("level", "COMMUNE").param("categoryCode", "LAND").param("workingDays", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số ngày làm việc không được âm.")));
		assertThat(jdbc.sql("SELECT count(*) FROM obstacle_deadline_rule WHERE level = 'COMMUNE' AND category_code = 'LAND'")
			.query(Long.class).single()).isZero();
	}
}
