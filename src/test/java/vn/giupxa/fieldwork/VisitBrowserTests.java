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
import vn.giupxa.calendar.WorkingCalendar;
import vn.giupxa.support.Browser;
import vn.giupxa.support.Sessions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The whole visit journey with two accounts: the helper on a laptop, the commune officer on a phone. */
@IntegrationTest
class VisitBrowserTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	WorkingCalendar calendar;

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
	void planAnnounceAcknowledgeDoneAndReportWithADifficulty() {
		String base = "http://localhost:" + port;
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String agenda = "Kiểm tra tiêu chí thủy lợi, chuẩn bị số liệu diện tích tưới " + marker;
		String difficulty = "Kênh Na Hối sạt lở " + marker;
		LocalDate day = calendar.addWorkingDays(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), 3);
		String url;
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base, "lanhdao.snnmt", Sessions.DEMO_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công tác cơ sở")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đi cơ sở").setExact(true)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lên kế hoạch đi cơ sở")).click();
			page.getByLabel("Xã", new Page.GetByLabelOptions().setExact(true)).selectOption("02839");
			page.getByLabel("Ngày làm việc").fill(day.toString());
			page.getByLabel("Giờ bắt đầu").fill("08:30");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kế hoạch")).click();
			assertThat(page.locator(".invalid-feedback")).containsText("Vui lòng ghi nội dung làm việc");
			page.getByLabel("Nội dung làm việc").fill(agenda);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kế hoạch")).click();
			assertThat(page.getByTestId("visit-state")).hasText("Kế hoạch (chưa thông báo)");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thông báo cho xã")).click();
			assertThat(page.getByTestId("visit-state")).hasText("Đã thông báo cho xã");
			url = page.url();
		}
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			Browser.login(page, base, "xa.bacha", Sessions.DEMO_PASSWORD);
			page.navigate(base + "/notices");
			assertThat(page.getByTestId("notice-list")).containsText(marker);
			page.navigate(url);
			assertThat(page.getByTestId("visit-agenda")).hasText(agenda);
			page.getByLabel("Người tiếp đoàn").fill("Giàng Seo Phử, Chủ tịch UBND xã");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đã nhận thông báo")).click();
			assertThat(page.getByTestId("visit-state")).hasText("Xã đã xác nhận");
			assertThat(page.getByTestId("visit-receiver")).containsText("Giàng Seo Phử");
		}
		// The day of the visit comes: moved into the past, as the application's clock cannot be moved in tests.
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		jdbc.sql("UPDATE field_visit SET planned_on = planned_on - 10 WHERE id = ?").param(id).update();
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base, "lanhdao.snnmt", Sessions.DEMO_PASSWORD);
			page.navigate(url);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu đã đi")).click();
			assertThat(page.getByTestId("visit-state")).hasText("Đã đi, chờ báo cáo");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo kết quả đi cơ sở")).click();
			page.getByLabel("Kết quả làm việc, tình hình của xã").fill("Xã đạt 16/19 tiêu chí; thủy lợi chưa đạt.");
			page.getByLabel("Kiến nghị, đề xuất (cơ chế, chính sách)").fill("Hỗ trợ kinh phí sửa kênh.");
			page.locator("#difficulties0\\.title").fill(difficulty);
			page.locator("#difficulties0\\.categoryCode").selectOption("INFRASTRUCTURE");
			page.locator("#difficulties0\\.description").fill("Đoạn kênh 300 m bị sạt, 12 ha lúa thiếu nước.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
			assertThat(page.getByTestId("visit-state")).hasText("Đã báo cáo");
			assertThat(page.getByTestId("visit-difficulties")).containsText(difficulty);
		}
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			Browser.login(page, base, "xa.bacha", Sessions.DEMO_PASSWORD);
			page.navigate(url);
			assertThat(page.getByTestId("visit-report")).containsText("thủy lợi chưa đạt");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(difficulty)).click();
			assertThat(page.getByTestId("obstacle-title")).hasText(difficulty);
			assertThat(page.getByTestId("obstacle-level")).hasText("Cấp xã");
		}
	}
}
