package vn.giupxa.fieldwork;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CalendarFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String token(String username) {
		return jdbc.sql("SELECT token FROM calendar_feed WHERE username = ?").param(username).query(String.class).single();
	}

	@Test
	void theFeedHoldsTheAccountsVisitsAndMeetingsWithoutASessionAndAnOldTokenStopsWorking() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(post("/calendar/feed").cookie(commune).with(csrf())).andExpect(status().is3xxRedirection());
		String first = token("xa.bacha");

		MockHttpServletResponse response = mvc.perform(get("/calendar/feed/{token}.ics", first))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getCookie("SESSION")).as("calendar apps get no session").isNull();
		String ics = response.getContentAsString();
		List<Map<String, String>> events = CalendarIcsTests.events(ics);
		List<String> uids = events.stream().map(event -> event.get("UID")).toList();
		assertThat(uids).as("Bắc Hà's meetings and visits").contains("meeting-1@giupxa", "meeting-4@giupxa", "visit-3@giupxa")
			.as("Lùng Phình is not in xa.bacha's scope").doesNotContain("meeting-2@giupxa", "visit-2@giupxa")
			.as("cancelled meetings are left out").doesNotContain("meeting-6@giupxa");
		assertThat(events).allSatisfy(event -> assertThat(event).containsKeys("DTSTAMP", "SUMMARY", "UID"));
		assertThat(CalendarIcsTests.unescape(events.get(0).get("SUMMARY"))).contains("Xã Bắc Hà");

		mvc.perform(post("/calendar/feed").cookie(commune).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(token("xa.bacha")).isNotEqualTo(first);
		mvc.perform(get("/calendar/feed/{token}.ics", first)).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/feed/{token}.ics", token("xa.bacha"))).andExpect(status().isOk());
		mvc.perform(get("/calendar/feed/unknown.ics")).andExpect(status().isNotFound());
	}

	@Test
	void aHelpersFeedCoversTheCommunesOfTheirAssignments() throws Exception {
		Cookie leader = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		mvc.perform(post("/calendar/feed").cookie(leader).with(csrf())).andExpect(status().is3xxRedirection());
		String ics = mvc.perform(get("/calendar/feed/{token}.ics", token("lanhdao.snnmt")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(CalendarIcsTests.events(ics).stream().map(event -> event.get("UID")))
			.contains("meeting-1@giupxa", "meeting-2@giupxa", "visit-2@giupxa");
	}

	@Test
	void theMonthViewShowsTheCallersEntriesWithVietnameseWeekdaysMondayFirst() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String month = jdbc.sql("SELECT to_char(held_on, 'YYYY-MM') FROM commune_meeting WHERE id = 4")
			.query(String.class).single();
		String html = HtmlUtils.htmlUnescape(mvc.perform(get("/calendar").param("month", month).cookie(commune))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(html).contains("href=\"/meetings/4\"").doesNotContain("href=\"/meetings/5\"");
		assertThat(html.indexOf("<th scope=\"col\">Thứ Hai</th>")).isPositive()
			.isLessThan(html.indexOf("<th scope=\"col\">Chủ nhật</th>"));
		String filtered = mvc.perform(get("/calendar").param("month", month).param("commune", "02848").cookie(commune))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(filtered).doesNotContain("href=\"/meetings/4\"");
	}

	@Test
	void theMonthViewOfOneHelperShowsOnlyTheCommunesThatHelperHelps() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		String month = jdbc.sql("SELECT to_char(held_on, 'YYYY-MM') FROM commune_meeting WHERE id = 4")
			.query(String.class).single();
		long deputy = position("LCI-SNNMT", "Phó Giám đốc phụ trách nông thôn mới");
		long builder = position("LCI-SXD", "Giám đốc");
		String all = mvc.perform(get("/calendar").param("month", month).cookie(office))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(all).contains("href=\"/meetings/4\"").contains("<option value=\"" + builder + "\"");
		assertThat(mvc.perform(get("/calendar").param("month", month).param("helper", String.valueOf(deputy)).cookie(office))
			.andReturn().getResponse().getContentAsString()).contains("href=\"/meetings/4\"");
		assertThat(mvc.perform(get("/calendar").param("month", month).param("helper", String.valueOf(builder)).cookie(office))
			.andReturn().getResponse().getContentAsString()).doesNotContain("href=\"/meetings/4\"");
	}

	private long position(String agency, String title) {
		return jdbc.sql("SELECT p.id FROM agency_position p JOIN agency a ON a.id = p.agency_id WHERE a.code = ? AND p.title = ?")
			.params(agency, title).query(Long.class).single();
	}

	@Test
	void theMonthViewMarksHolidaysFromTheWorkingCalendar() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		String html = mvc.perform(get("/calendar").param("month", "2026-09").cookie(office))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String nationalDay = html.substring(html.indexOf("data-day=\"2026-09-02\""));
		assertThat(HtmlUtils.htmlUnescape(nationalDay.substring(0, nationalDay.indexOf("</td>")))).contains("Ngày nghỉ");
	}
}
