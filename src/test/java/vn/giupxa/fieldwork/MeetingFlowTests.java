package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MeetingFlowTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mail;

	private static LocalDate today() {
		return LocalDate.now(VIETNAM);
	}

	private long publish(Cookie commune, LocalDate on, String agenda) throws Exception {
		MvcResult result = mvc.perform(post("/meetings/new").cookie(commune).with(csrf()).param("communeCode", "02839")
			.param("kind", "VILLAGE").param("heldOn", on.toString()).param("startTime", "19:30")
			.param("place", "Nhà văn hóa thôn Na Hối").param("agenda", agenda))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/meetings/".length()));
	}

	private String step(Cookie session, long id, String action, String... params) throws Exception {
		var request = post("/meetings/{id}/" + action, id).cookie(session).with(csrf())
			.param("version", String.valueOf(version(id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = mvc.perform(request).andReturn();
		return result.getResponse().getRedirectedUrl() != null ? "redirect"
				: HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private String report(Cookie session, long id, String discussed, String difficulty) throws Exception {
		var request = post("/meetings/{id}/report", id).cookie(session).with(csrf())
			.param("version", String.valueOf(version(id))).param("discussed", discussed)
			.param("recommendations", "Hỗ trợ xi măng.");
		if (!difficulty.isEmpty()) {
			request.param("difficulties[0].title", difficulty).param("difficulties[0].description", "Đường thôn sạt lở.")
				.param("difficulties[0].categoryCode", "INFRASTRUCTURE");
		}
		MvcResult result = mvc.perform(request).andReturn();
		return result.getResponse().getRedirectedUrl() != null ? "redirect"
				: HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private long version(long id) {
		return jdbc.sql("SELECT version FROM commune_meeting WHERE id = ?").param(id).query(Long.class).single();
	}

	private String state(long id) {
		return jdbc.sql("SELECT state FROM commune_meeting WHERE id = ?").param(id).query(String.class).single();
	}

	private static String agenda() {
		return "Họp thôn bàn làm đường " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The published / named / attended cells of one row of the attendance page. */
	private String counts(Cookie session, String attribute, String key) throws Exception {
		return counts(session, today().getYear(), attribute, key);
	}

	private String counts(Cookie session, int year, String attribute, String key) throws Exception {
		String html = mvc.perform(get("/meetings/attendance").param("year", String.valueOf(year)).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element row = Jsoup.parse(html).selectFirst("tr[" + attribute + "=" + key + "]");
		if (row == null) {
			return "none";
		}
		return row.select("td").eachText().subList(1, 4).toString();
	}

	@Test
	void aHelperIsCountedForTheMeetingsOfTheDaysTheyHelpedTheCommuneOnly() throws Exception {
		// Lùng Phình's (02848) assignment starts on 05/01/2026: Phạm Thị Lan (totgiupviec) helps it through its
		// team, Lò Văn Páo (lanhdao.snnmt) through the position he has held since 01/07/2025. A meeting of
		// 02/01/2026 is the commune's but neither of theirs; one of 06/01/2026 is theirs too.
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		String communeBefore = counts(office, 2026, "data-commune", "02848");
		String memberBefore = counts(office, 2026, "data-helper", "totgiupviec");
		String leaderBefore = counts(office, 2026, "data-helper", "lanhdao.snnmt");
		String agenda = agenda();
		try {
			jdbc.sql("""
					INSERT INTO commune_meeting (commune_id, commune_path, kind, held_on, place, agenda, published_by,
					                             published_at, state)
					SELECT u.id, u.path, 'VILLAGE', d.day, 'Nhà văn hóa thôn', :agenda, 'xa.lungphinh', now(), 'PUBLISHED'
					FROM administrative_unit u CROSS JOIN (VALUES (DATE '2026-01-02'), (DATE '2026-01-06')) AS d (day)
					WHERE u.code = '02848' AND u.level = 'COMMUNE' AND u.valid_to IS NULL""")
				.param("agenda", agenda)
				.update();

			assertThat(published(counts(office, 2026, "data-commune", "02848"))).isEqualTo(published(communeBefore) + 2);
			assertThat(published(counts(office, 2026, "data-helper", "totgiupviec"))).isEqualTo(published(memberBefore) + 1);
			assertThat(published(counts(office, 2026, "data-helper", "lanhdao.snnmt"))).isEqualTo(published(leaderBefore) + 1);
		}
		finally {
			jdbc.sql("DELETE FROM commune_meeting WHERE agenda = :agenda").param("agenda", agenda).update();
		}
	}

	/** The published count of a row as {@link #counts} gives it, zero for no row. */
	private static int published(String counts) {
		return counts.equals("none") ? 0 : Integer.parseInt(counts.substring(1, counts.indexOf(',')).strip());
	}

	@Test
	void aMeetingInThePastOrWithoutAgendaIsRefusedAndWhatWasTypedIsKept() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String html = mvc.perform(post("/meetings/new").cookie(commune).with(csrf()).param("communeCode", "02839")
			.param("kind", "PARTY_CELL").param("heldOn", today().minusDays(1).toString())
			.param("place", "Hội trường xã đã gõ").param("agenda", " "))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(html)).contains("Ngày họp không được ở quá khứ.")
			.contains("Vui lòng ghi nội dung cuộc họp.")
			.contains("Hội trường xã đã gõ")
			.contains("value=\"" + today().minusDays(1) + "\"");

		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/meetings/new").cookie(helper).with(csrf())
			.param("communeCode", "02839").param("kind", "VILLAGE").param("heldOn", today().plusDays(3).toString())
			.param("place", "Thôn").param("agenda", agenda()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(refused).contains("Bạn không phải cán bộ của");
	}

	@Test
	void communePublishesLeaderNamesMemberMemberReportsAndCountsChange() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		Cookie leader = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		Cookie member = Sessions.loginDemo(mvc, "totgiupviec");
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		String communeBefore = counts(office, "data-commune", "02839");
		String memberBefore = counts(office, "data-helper", "totgiupviec");

		String agenda = agenda();
		long id = publish(commune, today(), agenda);
		assertThat(state(id)).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE recipient = 'lanhdao.snnmt' AND link = ?")
			.param("/meetings/" + id).query(Long.class).single()).isEqualTo(1);

		assertThat(step(leader, id, "attendee", "attendee", "xa.bacha"))
			.contains("không thuộc lãnh đạo, tổ giúp việc được phân công giúp đỡ xã này");
		assertThat(step(commune, id, "attendee", "attendee", "totgiupviec")).contains("Chỉ lãnh đạo, tổ giúp việc");
		assertThat(step(leader, id, "attendee", "attendee", "totgiupviec")).isEqualTo("redirect");
		assertThat(state(id)).isEqualTo("ATTENDEE_NAMED");
		assertThat(jdbc.sql("SELECT string_agg(recipient || ':' || message_key, ',' ORDER BY recipient) FROM notice"
				+ " WHERE link = ? AND message_key LIKE 'fieldwork.notice.meetingAttendee%'")
			.param("/meetings/" + id).query(String.class).single())
			.isEqualTo("totgiupviec:fieldwork.notice.meetingAttendeeNamed,xa.bacha:fieldwork.notice.meetingAttendeeForCommune");
		await().untilAsserted(() -> assertThat(Arrays.stream(mail.getReceivedMessages())
			.anyMatch(message -> mailTo(message, "lan.pt@laocai.demo", agenda))).isTrue());

		assertThat(report(leader, id, "Đã bàn", "")).contains("Chỉ người được cử dự họp mới báo cáo được.");
		String difficulty = "Thiếu kinh phí làm đường thôn " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(report(member, id, "Thôn thống nhất góp công làm đường.", difficulty)).isEqualTo("redirect");
		assertThat(state(id)).isEqualTo("REPORTED");
		assertThat(jdbc.sql("SELECT source || ':' || source_id || ':' || raised_by FROM obstacle WHERE title = ?")
			.param(difficulty).query(String.class).single()).isEqualTo("MEETING_REPORT:" + id + ":totgiupviec");
		assertThat(jdbc.sql("SELECT d.obstacle_id = o.id FROM commune_meeting_difficulty d JOIN obstacle o ON o.title = d.title"
				+ " WHERE d.meeting_id = ?").param(id).query(Boolean.class).single()).isTrue();

		assertThat(counts(office, "data-commune", "02839")).isEqualTo(bumped(communeBefore, 1, 1, 1));
		assertThat(counts(office, "data-helper", "totgiupviec")).isEqualTo(bumped(memberBefore, 1, 1, 1));
		assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/meetings/{id}", id).cookie(commune))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
			.contains(difficulty).contains("Đã dự và báo cáo").contains("Phạm Thị Lan");
	}

	@Test
	void aReportBeforeTheMeetingDayIsRefusedAndTheCommuneCanCancelWithAReason() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		Cookie leader = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		long id = publish(commune, today().plusDays(5), agenda());
		assertThat(step(leader, id, "attendee", "attendee", "*")).isEqualTo("redirect");
		String month = today().plusDays(5).toString().substring(0, 7);
		assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/meetings").param("month", month).param("state", "ATTENDEE_NAMED")
			.cookie(leader)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
			.contains("href=\"/meetings/" + id + "\"").contains("Cả tổ giúp việc");
		assertThat(step(leader, id, "attendee", "attendee", "totgiupviec")).isEqualTo("redirect");
		assertThat(step(leader, id, "attendee", "attendee", "lanhdao.snnmt")).isEqualTo("redirect");
		assertThat(step(leader, id, "attendee", "attendee", "*")).isEqualTo("redirect");
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE recipient = 'totgiupviec' AND link = ? AND message_key = ?")
			.param("/meetings/" + id).param("fieldwork.notice.meetingAttendeeReplaced").query(Long.class).single())
			.as("told once when the leader took her place; the whole team after him includes him").isEqualTo(1);
		assertThat(report(leader, id, "Đã bàn trước", "")).contains("Cuộc họp chưa diễn ra")
			.contains("Đã bàn trước");
		assertThat(state(id)).isEqualTo("ATTENDEE_NAMED");

		assertThat(step(commune, id, "cancel", "text", "")).contains("Vui lòng ghi lý do hủy cuộc họp.");
		String stale = HtmlUtils.htmlUnescape(mvc.perform(post("/meetings/{id}/cancel", id).cookie(commune).with(csrf())
			.param("version", "99").param("text", "Lý do đã gõ")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(stale).contains("Người khác vừa thay đổi dữ liệu này").contains("Lý do đã gõ");
		assertThat(step(commune, id, "cancel", "text", "Trùng lịch họp HĐND")).isEqualTo("redirect");
		assertThat(state(id)).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE recipient = 'totgiupviec' AND link = ? AND message_key = ?")
			.param("/meetings/" + id).param("fieldwork.notice.meetingCancelled").query(Long.class).single())
			.as("the whole team named, so the member hears of the cancellation").isEqualTo(1);
	}

	@Test
	void theApiListsOnlyMeetingsInScope() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/api/v1/meetings").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.content[*].communeCode", everyItem(is("02839"))));
		mvc.perform(get("/api/v1/meetings/2").cookie(commune)).andExpect(status().isNotFound());
		Cookie leader = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		mvc.perform(get("/api/v1/meetings").param("commune", "02848")
			.param("from", today().minusDays(30).toString()).param("to", today().minusDays(1).toString()).cookie(leader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].state").value("ATTENDEE_NAMED"))
			.andExpect(jsonPath("$.content[*].communeCode", everyItem(is("02848"))));
	}

	static boolean mailTo(jakarta.mail.internet.MimeMessage message, String address, String text) {
		try {
			return message.getAllRecipients()[0].toString().equals(address)
					&& String.valueOf(message.getContent()).contains(text);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String bumped(String before, long published, long named, long attended) {
		if ("none".equals(before)) {
			return "[" + published + ", " + named + ", " + attended + "]";
		}
		long[] values = Arrays.stream(before.replaceAll("[\\[\\]\\s]", "").split(",")).mapToLong(Long::parseLong).toArray();
		return "[" + (values[0] + published) + ", " + (values[1] + named) + ", " + (values[2] + attended) + "]";
	}
}
