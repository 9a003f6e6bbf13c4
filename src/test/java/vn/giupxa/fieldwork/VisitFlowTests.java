package vn.giupxa.fieldwork;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.calendar.WorkingCalendar;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class VisitFlowTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	GreenMail mail;

	private LocalDate earliest() {
		return calendar.addWorkingDays(LocalDate.now(VIETNAM), 3);
	}

	private long plan(Cookie session, String commune, LocalDate on, String agenda) throws Exception {
		MvcResult result = mvc.perform(post("/visits/new").cookie(session).with(csrf())
			.param("communeCode", commune).param("plannedOn", on.toString()).param("startTime", "08:00")
			.param("agenda", agenda).param("participants", "Đoàn thử"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/visits/".length()));
	}

	private String step(Cookie session, long id, String action, String... params) throws Exception {
		var request = post("/visits/{id}/" + action, id).cookie(session).with(csrf()).param("version",
				String.valueOf(version(id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = mvc.perform(request).andReturn();
		return result.getResponse().getRedirectedUrl() != null ? "redirect"
				: result.getResponse().getContentAsString();
	}

	private long version(long id) {
		return jdbc.sql("SELECT version FROM field_visit WHERE id = ?").param(id).query(Long.class).single();
	}

	private String state(long id) {
		return jdbc.sql("SELECT state FROM field_visit WHERE id = ?").param(id).query(String.class).single();
	}

	private String agenda() {
		return "Làm việc về tiêu chí giao thông " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aVisitWithoutAgendaIsRefusedAndWhatWasTypedIsKept() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		String date = earliest().toString();
		mvc.perform(post("/visits/new").cookie(helper).with(csrf()).param("communeCode", "02839")
			.param("plannedOn", date).param("agenda", "  ").param("participants", "Nguyễn Văn Thử"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mỗi chuyến đi cơ sở phải có nội dung cụ thể")))
			.andExpect(content().string(containsString("value=\"" + date + "\"")))
			.andExpect(content().string(containsString("Nguyễn Văn Thử")));
	}

	@Test
	void aVisitEndingBeforeItStartsIsRefusedAndOneOverSeveralDaysIsKeptWithItsLastDay() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		LocalDate first = earliest();
		String agenda = agenda();
		String page = mvc.perform(post("/visits/new").cookie(helper).with(csrf()).param("communeCode", "02839")
				.param("plannedOn", first.toString()).param("endsOn", first.minusDays(1).toString()).param("agenda", agenda))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Ngày kết thúc không được trước ngày bắt đầu").contains(agenda);
		page = mvc.perform(post("/visits/new").cookie(helper).with(csrf()).param("communeCode", "02839")
				.param("plannedOn", first.toString()).param("startTime", "14:00").param("endTime", "09:00").param("agenda", agenda))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Giờ kết thúc phải sau giờ bắt đầu").contains(agenda);
		assertThat(jdbc.sql("SELECT count(*) FROM field_visit WHERE agenda = ?").param(agenda).query(Long.class).single()).isZero();
		MvcResult saved = mvc.perform(post("/visits/new").cookie(helper).with(csrf()).param("communeCode", "02839")
				.param("plannedOn", first.toString()).param("startTime", "14:00").param("endsOn", first.plusDays(1).toString())
				.param("endTime", "09:00").param("agenda", agenda))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(jdbc.sql("SELECT ends_on FROM field_visit WHERE agenda = ?").param(agenda).query(LocalDate.class).single())
			.isEqualTo(first.plusDays(1));
		String visit = mvc.perform(get(saved.getResponse().getRedirectedUrl()).cookie(helper))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		assertThat(HtmlUtils.htmlUnescape(visit))
			.contains(day.format(first) + " · 14:00 – " + day.format(first.plusDays(1)) + " · 09:00");
	}

	@Test
	void aHelperCannotPlanAVisitToACommuneTheyDoNotHelp() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		mvc.perform(post("/visits/new").cookie(helper).with(csrf()).param("communeCode", "02701")
			.param("plannedOn", earliest().toString()).param("agenda", agenda()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn không được phân công giúp đỡ")));
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(post("/visits/new").cookie(commune).with(csrf()).param("communeCode", "02839")
			.param("plannedOn", earliest().toString()).param("agenda", agenda()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn không được phân công giúp đỡ")));
	}

	@Test
	void aVisitAfterTheAssignmentEndsIsRefusedAndWhatWasTypedIsKept() throws Exception {
		LocalDate lastDay = earliest().plusDays(2);
		String inForce = "FROM assignment a JOIN administrative_unit u ON u.id = a.unit_id WHERE u.code = '02839'"
				+ " AND a.start_on <= :day AND (a.end_on IS NULL OR a.end_on >= :day)";
		List<Map<String, Object>> terms = jdbc.sql("SELECT a.id, a.end_on " + inForce).param("day", lastDay).query().listOfRows();
		assertThat(terms).as("Bắc Hà has an assignment in force").isNotEmpty();
		try {
			jdbc.sql("UPDATE assignment SET end_on = :day WHERE id IN (SELECT a.id " + inForce + ")").param("day", lastDay).update();
			Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
			String agenda = agenda();
			String page = mvc.perform(post("/visits/new").cookie(helper).with(csrf()).param("communeCode", "02839")
				.param("plannedOn", lastDay.plusDays(7).toString()).param("agenda", agenda))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(HtmlUtils.htmlUnescape(page)).contains("bạn không được phân công giúp đỡ Xã Bắc Hà").contains(agenda);
			assertThat(jdbc.sql("SELECT count(*) FROM field_visit WHERE agenda = ?").param(agenda).query(Long.class).single())
				.isZero();
			plan(helper, "02839", lastDay, agenda());
		}
		finally {
			for (Map<String, Object> term : terms) {
				jdbc.sql("UPDATE assignment SET end_on = :end WHERE id = :id")
					.param("end", term.get("end_on"), java.sql.Types.DATE)
					.param("id", term.get("id"))
					.update();
			}
		}
	}

	@Test
	void aVisitTooCloseToTodayCannotBeAnnounced() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		long id = plan(helper, "02839", LocalDate.now(VIETNAM), agenda());
		assertThat(step(helper, id, "confirm")).contains("Ngày làm việc quá gần");
		assertThat(state(id)).isEqualTo("PLANNED");
	}

	@Test
	void planAnnounceProposeAcceptAcknowledgeDoneReport() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String agenda = agenda();
		long id = plan(helper, "02839", earliest(), agenda);
		assertThat(state(id)).isEqualTo("PLANNED");

		assertThat(step(helper, id, "confirm")).isEqualTo("redirect");
		assertThat(state(id)).isEqualTo("NOTIFIED");
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE recipient = 'xa.bacha' AND link = ?")
			.param("/visits/" + id).query(Long.class).single()).isEqualTo(1);
		await().untilAsserted(() -> assertThat(Arrays.stream(mail.getReceivedMessages())
			.filter(message -> recipient(message).equals("phu.gs@laocai.demo"))
			.anyMatch(message -> body(message).contains(agenda))).isTrue());

		assertThat(step(helper, id, "acknowledge", "text", "Ông A")).contains("Chỉ cán bộ của xã");
		LocalDate other = earliest().plusDays(7);
		assertThat(step(commune, id, "propose-date", "date", other.toString(), "text", "Trùng họp HĐND xã"))
			.isEqualTo("redirect");
		assertThat(state(id)).isEqualTo("DATE_PROPOSED");
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE recipient = 'lanhdao.snnmt' AND link = ?")
			.param("/visits/" + id).query(Long.class).single()).isEqualTo(1);

		assertThat(step(helper, id, "accept-date")).isEqualTo("redirect");
		assertThat(jdbc.sql("SELECT planned_on FROM field_visit WHERE id = ?").param(id).query(LocalDate.class).single())
			.isEqualTo(other);
		assertThat(step(commune, id, "acknowledge", "text", "Giàng Seo Phử, Chủ tịch UBND xã")).isEqualTo("redirect");
		assertThat(state(id)).isEqualTo("ACKNOWLEDGED");

		assertThat(step(helper, id, "done")).contains("Ngày đã đi phải từ ngày đã định đến hôm nay");
		// The day of the visit comes: moved into the past, as the application's clock cannot be moved in tests.
		jdbc.sql("UPDATE field_visit SET planned_on = ? WHERE id = ?").param(LocalDate.now(VIETNAM).minusDays(1))
			.param(id).update();
		assertThat(step(helper, id, "done")).isEqualTo("redirect");
		assertThat(state(id)).isEqualTo("DONE");

		String difficulty = "Thiếu kinh phí sửa cầu treo " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/visits/{id}/report", id).cookie(helper).with(csrf()).param("version", String.valueOf(version(id)))
			.param("summary", "Xã đạt 15/19 tiêu chí.").param("recommendations", "Hỗ trợ xi măng.")
			.param("difficulties[0].title", difficulty).param("difficulties[0].description", "Cầu treo thôn Nậm Mòn xuống cấp.")
			.param("difficulties[0].categoryCode", "INFRASTRUCTURE")
			.param("difficulties[1].title", "").param("difficulties[1].description", "").param("difficulties[1].categoryCode", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("REPORTED");
		assertThat(jdbc.sql("SELECT source || ':' || source_id || ':' || category_code || ':' || raised_by FROM obstacle WHERE title = ?")
			.param(difficulty).query(String.class).single())
			.isEqualTo("VISIT_REPORT:" + id + ":INFRASTRUCTURE:lanhdao.snnmt");
		assertThat(jdbc.sql("SELECT d.obstacle_id = o.id FROM field_visit_difficulty d JOIN obstacle o ON o.title = d.title"
				+ " WHERE d.visit_id = ?").param(id).query(Boolean.class).single()).as("the report links its obstacle").isTrue();

		mvc.perform(get("/visits/{id}", id).cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(difficulty)))
			.andExpect(content().string(containsString("Đã báo cáo")))
			.andExpect(content().string(containsString("08:00")));
	}

	@Test
	void aReportDifficultyWithoutCategoryShowsTheFormAgain() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		long id = plan(helper, "02848", earliest(), agenda());
		step(helper, id, "confirm");
		jdbc.sql("UPDATE field_visit SET planned_on = ? WHERE id = ?").param(LocalDate.now(VIETNAM)).param(id).update();
		step(helper, id, "done");
		mvc.perform(post("/visits/{id}/report", id).cookie(helper).with(csrf()).param("version", String.valueOf(version(id)))
			.param("summary", "Tóm tắt đã gõ").param("difficulties[0].title", "Đất sạt lở"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng chọn lĩnh vực.")))
			.andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.contains("Tóm tắt đã gõ").contains("Đất sạt lở"));
		assertThat(state(id)).isEqualTo("DONE");
	}

	@Test
	void aStaleStepIsRefusedAndNothingIsOverwritten() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		long id = plan(helper, "02839", earliest(), agenda());
		mvc.perform(post("/visits/{id}/cancel", id).cookie(helper).with(csrf()).param("version", "99")
			.param("text", "Lý do đã gõ"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.contains("Lý do đã gõ").contains("Người khác vừa thay đổi dữ liệu này"));
		assertThat(state(id)).isEqualTo("PLANNED");
	}

	@Test
	void theApiListsOnlyVisitsInScopeAndPlansWithProblemDetails() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/api/v1/visits").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].communeCode", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("02839"))));
		mvc.perform(get("/api/v1/visits/2").cookie(commune)).andExpect(status().isNotFound());

		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		mvc.perform(post("/api/v1/visits").cookie(helper).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"communeCode\":\"02839\",\"plannedOn\":\"" + earliest() + "\",\"agenda\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agenda"));
		String agenda = agenda();
		mvc.perform(post("/api/v1/visits").cookie(helper).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"communeCode\":\"02839\",\"plannedOn\":\"" + earliest() + "\",\"agenda\":\"" + agenda + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.visit.state").value("PLANNED"))
			.andExpect(jsonPath("$.visit.agenda").value(agenda));
		mvc.perform(post("/api/v1/visits/1/confirm").cookie(helper).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0}"))
			.andExpect(status().isConflict());
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
