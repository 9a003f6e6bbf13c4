package vn.giupxa.program;

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
import static org.assertj.core.api.Assertions.assertThat;

/** The public criteria page and the province matrix on a phone: nothing wider than the screen, labelled controls. */
@IntegrationTest
class ProgramBrowserTests {

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

	private String base() {
		return "http://localhost:" + port;
	}

	@Test
	void thePublicCriteriaPageFitsAPhoneAndNamesEachResult() {
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			page.navigate(base() + "/tieu-chi/02848");
			assertThat(page.getByTestId("headline")).hasText("9 / 10 tiêu chí đạt");
			assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Kết quả từng tiêu chí"))
				.getByRole(AriaRole.LISTITEM)).hasCount(10);
			assertThat(page.getByText("Không đạt", new Page.GetByTextOptions().setExact(false)).first()).isAttached();
			assertThat(fitsTheScreen(page)).as("no horizontal scrolling on a phone").isTrue();
		}
	}

	@Test
	void theMatrixFiltersByHelperOnAPhone() {
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			Browser.login(page, base(), "vpdp", Sessions.DEMO_PASSWORD);
			page.navigate(base() + "/criteria-matrix?province=15&period=2026");
			page.getByLabel("Người giúp đỡ").selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("Phó Giám đốc phụ trách nông thôn mới – Sở NN&MT"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc")).click();
			page.waitForURL("**helper=*");
			assertThat(page.getByTestId("communes")).hasText("2");
			assertThat(page.getByTestId("matrix-table").locator("tbody tr")).hasCount(2);
			assertThat(page.getByTestId("matrix-table")).containsText("Xã Lùng Phình");
			assertThat(fitsTheScreen(page)).as("the wide table scrolls inside its frame, not the page").isTrue();
		}
	}

	private static boolean fitsTheScreen(Page page) {
		return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
	}
}
