package vn.giupxa.calendar;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WorkingCalendarTests {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneWorkingDayAfterTheFridayBeforeTet2026IsTheMondayAfterIt() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
	}

	@Test
	void hungKingsDayOnASundayGivesTheMondayOff() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
	}

	@Test
	void thirtiethOfAprilAndMayDayAreSkipped() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 8))).isEqualTo(7);
	}

	@Test
	void aDeadlineOnADayOffMovesToTheNextWorkingDay() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 14), 0)).isEqualTo(LocalDate.of(2026, 2, 23));
	}

	@Test
	void aMakeUpSaturdayIsAWorkingDay() throws Exception {
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		mvc.perform(post("/admin/calendar").cookie(admin).with(csrf())
			.param("day", "2031-01-04").param("kind", "MAKE_UP_WORKING_DAY").param("name", "Làm bù thử nghiệm"))
			.andExpect(redirectedUrl("/admin/calendar?year=2031"));
		assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 4))).isTrue();
		assertThat(calendar.addWorkingDays(LocalDate.of(2031, 1, 3), 1)).isEqualTo(LocalDate.of(2031, 1, 4));

		mvc.perform(post("/admin/calendar/2031-01-04/delete").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar?year=2031"));
		assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 4))).isFalse();
	}

	@Test
	void anEntryWithoutANameIsRefusedAndNothingIsSaved() throws Exception {
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		mvc.perform(post("/admin/calendar").cookie(admin).with(csrf())
			.param("day", "2031-02-05").param("kind", "HOLIDAY").param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập tên ngày.")));
		assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE day = DATE '2031-02-05'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theCalendarPageShowsUnverifiedDays() throws Exception {
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		mvc.perform(get("/admin/calendar").param("year", "2026").cookie(admin))
			.andExpect(content().string(containsString("Giỗ Tổ Hùng Vương")))
			.andExpect(content().string(containsString("chưa xác minh")));
	}
}
