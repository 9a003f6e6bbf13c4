package vn.giupxa.system;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Browser;
import vn.giupxa.support.Sessions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A provincial officer and a commune officer log in and each sees only its own scope. */
@IntegrationTest
class ScopeBrowserTests {

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
	void provincialOfficerSeesTheWholeProvince() {
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base(), "vpdp", Sessions.DEMO_PASSWORD);
			assertThat(page.getByTestId("scope-provinces")).containsText("Tỉnh Lào Cai");
			assertThat(page.getByTestId("scope-communes").locator("tbody tr")).hasCount(99);
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Danh bạ cơ quan"))).isVisible();
		}
	}

	@Test
	void communeOfficerSeesOnlyItsCommuneAndIsRefusedElsewhere() {
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base(), "xa.bacha", Sessions.DEMO_PASSWORD);
			assertThat(page.getByTestId("scope-communes").locator("tbody tr")).hasCount(1);
			assertThat(page.getByTestId("scope-communes")).containsText("Xã Bắc Hà");
			assertThat(page.getByText("Danh bạ cơ quan")).hasCount(0);

			page.navigate(base() + "/admin/accounts");
			assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
		}
	}

	@Test
	void loginGivesANewSessionIdAndLogoutEndsIt() {
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			page.navigate(base() + "/login");
			String before = sessionCookie(context);
			Browser.login(page, base(), "ubnd.tinh", Sessions.DEMO_PASSWORD);
			String after = sessionCookie(context);
			assertThat(after).isNotNull().isNotEqualTo(before);

			page.getByTestId("user-menu").click();
			page.getByText("Đăng xuất").click();
			page.waitForURL("**/login?logout");
			page.navigate(base() + "/home");
			assertThat(page).hasURL(base() + "/login");
		}
	}

	@Test
	void thePagesWorkAtPhoneWidthAndSwitchToEnglish() {
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			page.navigate(base() + "/units");
			assertThat(page.locator(".navbar-toggler")).isVisible();
			Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).isEqualTo(false);

			page.locator(".navbar-toggler").click();
			// Bootstrap adds "show" when the menu has finished opening (during the animation it is "collapsing").
			assertThat(page.locator(".navbar-collapse")).hasClass(Pattern.compile("(^|\\s)show(\\s|$)"));
			page.getByText("English").click();
			page.waitForURL("**/units?lang=en");
			assertThat(page.locator("h1")).hasText("Administrative units");
			page.navigate(base() + "/login");
			assertThat(page.locator("h1")).hasText("Log in");
		}
	}

	private static String sessionCookie(BrowserContext context) {
		return context.cookies().stream().filter(c -> "SESSION".equals(c.name)).map(c -> c.value).findFirst()
			.orElse(null);
	}
}
