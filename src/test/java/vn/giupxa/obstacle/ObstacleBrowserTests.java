package vn.giupxa.obstacle;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Browser;
import vn.giupxa.support.Sessions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A helper raises and escalates, the Coordination Office answers, the commune confirms. */
@IntegrationTest
class ObstacleBrowserTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void raiseEscalateAnswerConfirm() {
		String base = "http://localhost:" + port;
		String title = "Thiếu nước tưới vụ đông " + UUID.randomUUID().toString().substring(0, 6);
		String url;
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base, "lanhdao.snnmt", Sessions.DEMO_PASSWORD);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Khó khăn, kiến nghị")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo khó khăn, kiến nghị")).click();
			page.getByLabel("Xã", new Page.GetByLabelOptions().setExact(true)).selectOption("02839");
			page.getByLabel("Lĩnh vực").selectOption("INFRASTRUCTURE");
			page.getByLabel("Tiêu đề").fill(title);
			page.getByLabel("Nội dung").fill("Kênh mương thôn Na Hối bị sạt, 12 ha lúa thiếu nước.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi")).click();
			assertThat(page.getByTestId("obstacle-title")).hasText(title);
			assertThat(page.getByTestId("obstacle-level")).hasText("Cấp xã");

			page.locator("#escalate-text").fill("Cần kinh phí sửa chữa vượt khả năng của xã.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Báo cáo lên cấp trên")).click();
			assertThat(page.getByTestId("obstacle-level")).hasText("BCĐ tỉnh / VP Điều phối");
			url = page.url();
		}
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base, "vpdp", Sessions.DEMO_PASSWORD);
			page.navigate(url);
			page.locator("#solution-text").fill("Tỉnh bố trí 300 triệu đồng sửa kênh trong tháng 12.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();
			assertThat(page.getByTestId("obstacle-state")).hasText("Chờ xã xác nhận");
		}
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			Browser.login(page, base, "xa.bacha", Sessions.DEMO_PASSWORD);
			page.navigate(base + "/notices");
			assertThat(page.getByTestId("notice-list")).containsText(title);
			page.navigate(url);
			assertThat(page.getByTestId("obstacle-solution")).containsText("300 triệu đồng");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đã giải quyết")).click();
			assertThat(page.getByTestId("obstacle-state")).hasText("Đã giải quyết");
			assertThat(page.getByTestId("obstacle-timeline").locator("li")).hasCount(4);
		}
	}
}
