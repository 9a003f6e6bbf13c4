package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Browser;
import vn.giupxa.support.Sessions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The meeting journey with three accounts: the commune publishes on a phone, the leader names the team member on a
 * laptop and sees it on the work calendar, the member finds it on the home page and reports on a phone.
 */
@IntegrationTest
class MeetingBrowserTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void publishNameAttendeeSeeOnTheCalendarAndReport() {
		String base = "http://localhost:" + port;
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String agenda = "Họp thôn Na Hối bàn làm đường nội đồng " + marker;
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2);
		String url;
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			Browser.login(page, base, "xa.bacha", Sessions.DEMO_PASSWORD);
			page.navigate(base + "/meetings/new");
			page.getByLabel("Loại cuộc họp").selectOption("VILLAGE");
			page.getByLabel("Ngày họp").fill(day.toString());
			page.getByLabel("Giờ bắt đầu").fill("19:30");
			page.getByLabel("Địa điểm").fill("Nhà văn hóa thôn Na Hối");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố")).click();
			assertThat(page.locator(".invalid-feedback")).containsText("Vui lòng ghi nội dung cuộc họp.");
			assertThat(page.getByLabel("Địa điểm")).hasValue("Nhà văn hóa thôn Na Hối");
			page.getByLabel("Nội dung cuộc họp").fill(agenda);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố")).click();
			assertThat(page.getByTestId("meeting-state")).hasText("Đã công bố, chờ cử người dự");
			url = page.url();
		}
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base, "lanhdao.snnmt", Sessions.DEMO_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công tác cơ sở")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Họp xã").setExact(true)).click();
			assertThat(page.getByTestId("meeting-list")).containsText(agenda);
			page.navigate(url);
			assertThat(page.getByTestId("meeting-agenda")).hasText(agenda);
			page.getByLabel("Cử người dự họp").selectOption("totgiupviec");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cử người dự")).click();
			assertThat(page.getByTestId("meeting-state")).hasText("Đã cử người dự");
			assertThat(page.getByTestId("meeting-attendee")).hasText("Phạm Thị Lan");
			page.navigate(base + "/calendar?month=" + day.toString().substring(0, 7));
			assertThat(page.getByTestId("calendar-grid")).isVisible();
			assertThat(page.getByTestId("calendar-grid").locator("a[href$='" + url.substring(base.length()) + "']"))
				.containsText("19:30");
		}
		// The day of the meeting comes: moved into the past, as the application's clock cannot be moved in tests.
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		jdbc.sql("UPDATE commune_meeting SET held_on = held_on - 3 WHERE id = ?").param(id).update();
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			Browser.login(page, base, "totgiupviec", Sessions.DEMO_PASSWORD);
			page.getByTestId("home-fieldwork-todo").locator("a[href='/meetings/" + id + "']").click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo kết quả dự họp")).click();
			page.getByLabel("Nội dung đã thảo luận").fill("Thôn thống nhất góp 200 ngày công.");
			page.locator("#difficulties0\\.title").fill("Thiếu xi măng làm đường " + marker);
			page.locator("#difficulties0\\.categoryCode").selectOption("INFRASTRUCTURE");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
			assertThat(page.getByTestId("meeting-state")).hasText("Đã dự và báo cáo");
			assertThat(page.getByTestId("meeting-difficulties")).containsText("Thiếu xi măng làm đường " + marker);
			page.navigate(base + "/calendar");
			assertThat(page.getByTestId("calendar-grid")).isHidden();
			assertThat(page.getByTestId("calendar-list")).isVisible();
		}
	}
}
