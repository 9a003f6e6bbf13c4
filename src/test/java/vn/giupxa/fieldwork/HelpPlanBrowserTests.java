package vn.giupxa.fieldwork;

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
import static org.assertj.core.api.Assertions.assertThat;

/** The help plan journey: the helper writes and submits on a laptop, the Coordination Office comments on a phone. */
@IntegrationTest
class HelpPlanBrowserTests {

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
	void theHelperWritesAndSubmitsAPlanAndTheOfficeCommentsOnAPhone() {
		String base = "http://localhost:" + port;
		String marker = UUID.randomUUID().toString().substring(0, 6);
		long assignment = HelpPlanFlowTests.assignmentOn(jdbc, "02848", java.time.LocalDate.of(2027, 6, 1));
		String url;
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base, "lanhdao.snnmt", Sessions.DEMO_PASSWORD);
			page.navigate(base + "/visits");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kế hoạch giúp đỡ").setExact(true)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lập kế hoạch")).click();
			page.getByLabel("Phân công (xã được giúp đỡ)").selectOption(String.valueOf(assignment));
			page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2027");
			page.getByLabel("Mục tiêu", new Page.GetByLabelOptions().setExact(true)).fill("Giữ vững tiêu chí " + marker);
			page.getByLabel("Quý 2").fill("-1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản nháp")).click();
			assertThat(page.locator(".invalid-feedback").first()).containsText("Số chuyến dự kiến không được âm.");
			assertThat(page.getByLabel("Mục tiêu", new Page.GetByLabelOptions().setExact(true))).hasValue("Giữ vững tiêu chí " + marker);
			page.getByLabel("Quý 2").fill("2");
			page.locator("#contents0\\.text").fill("Tập huấn làm du lịch cộng đồng " + marker);
			page.locator("#contents0\\.focus").selectOption("ECO_TOURISM");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản nháp")).click();
			assertThat(page.getByTestId("plan-state")).hasText("Bản nháp");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi kế hoạch")).click();
			assertThat(page.getByTestId("plan-state")).hasText("Đã gửi");
			assertThat(page.getByTestId("plan-contents")).containsText("Du lịch sinh thái gắn với bảo tồn bản sắc văn hóa dân tộc");
			url = page.url();
		}
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			Browser.login(page, base, "vpdp", Sessions.DEMO_PASSWORD);
			page.navigate(base + "/help-plans?year=2027&commune=02848");
			assertThat(page.getByTestId("plan-list")).containsText("0/2 chuyến");
			page.navigate(url);
			assertThat(page.getByTestId("plan-goals")).hasText("Giữ vững tiêu chí " + marker);
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("the plan fits a phone screen").isTrue();
			page.getByLabel("Góp ý hoặc trả lời").fill("Nên thêm một chuyến quý IV " + marker);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi góp ý")).click();
			assertThat(page.getByTestId("plan-comments")).containsText("Nên thêm một chuyến quý IV " + marker);
		}
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base, "lanhdao.snnmt", Sessions.DEMO_PASSWORD);
			page.navigate(base + "/notices");
			assertThat(page.getByTestId("notice-list")).containsText("Nên thêm một chuyến quý IV " + marker);
		}
	}
}
