package vn.giupxa.assignment;

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

/** The Coordination Office builds the January consolidation for 2027, reviews the changes and issues it. */
@IntegrationTest
class ConsolidationBrowserTests {

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
	void theCoordinationOfficeConsolidatesTheAssignmentsInJanuaryAndIssuesTheNewDecision() {
		String base = "http://localhost:" + port;
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base, "vpdp", Sessions.DEMO_PASSWORD);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phân công giúp xã")).click();
			assertThat(page.locator("h1")).hasText("Quyết định phân công giúp đỡ xã");

			page.getByLabel("Năm mới").fill("2027");
			page.getByTestId("consolidate").click();
			assertThat(page.locator(".alert-success")).containsText("Đã lập dự thảo kiện toàn phân công năm 2027");
			assertThat(page.getByTestId("decision-status")).hasText("Dự thảo");
			assertThat(page.getByTestId("lines")).containsText("Xã Y Tý");
			assertThat(page.getByTestId("lines"))
				.containsText("Người giữ chức vụ thay đổi: Trần Minh Đức → Đặng Quốc Khánh (01/04/2026)");

			page.getByLabel("Số, ký hiệu").fill("01/QĐ-UBND");
			page.getByLabel("Ngày ký").fill("2027-01-05");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
			assertThat(page.locator(".alert-success")).hasText("Đã lưu thông tin quyết định.");
			page.getByTestId("issue").click();
			assertThat(page.getByTestId("decision-status")).hasText("Đã ban hành");
			assertThat(page.getByTestId("decision-title")).containsText("01/QĐ-UBND");

			page.navigate(base + "/assignments/decisions/1");
			assertThat(page.getByTestId("lines").locator("tr", new com.microsoft.playwright.Locator.LocatorOptions()
				.setHasText("Xã Bắc Hà")).first()).containsText("05/01/2026 – 31/12/2026");
		}
	}
}
