package vn.giupxa.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader on a laptop and on a phone: searches, opens the letter's article, sees the download.
 * axe-core (from its WebJar, added to each page by the browser) finds no serious or critical
 * accessibility violation on the home, article, document list and search pages.
 */
@IntegrationTest
class PortalBrowserTests {

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

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
	void aReaderSearchesWithoutAccentsAndOpensTheLetter() {
		try (BrowserContext context = browser.phone()) {
			Page page = context.newPage();
			page.navigate(base() + "/");
			assertThat(page.getByTestId("visitor-statistics")).containsText("Đang online");
			page.getByLabel("Tìm trong tin tức và văn bản").first().fill("giup do xa");
			page.keyboard().press("Enter");
			page.waitForURL("**/tim-kiem?q=giup+do+xa");
			page.getByTestId("search-results").locator("a").first().click();
			assertThat(page.locator("h1")).containsText("Tăng cường các hoạt động phối hợp giúp đỡ xã");
			assertThat(page.getByTestId("view-count")).containsText("Lượt xem:");
			assertThat(page.getByTestId("downloads")).containsText("Tải về (PDF");
			assertThat(noHorizontalScroll(page)).isTrue();
		}
	}

	@Test
	void publicPagesHaveNoSeriousAccessibilityViolationsOnLaptopOrPhone() throws IOException {
		String axe = axeSource();
		List<String> pages = List.of("/", PublicPortalTests.LETTER, "/van-ban", "/tim-kiem?q=giup+do+xa");
		for (BrowserContext context : List.of(browser.laptop(), browser.phone())) {
			try (context) {
				context.addInitScript(axe);
				Page page = context.newPage();
				for (String path : pages) {
					page.navigate(base() + path);
					@SuppressWarnings("unchecked")
					List<String> violations = (List<String>) page.evaluate("""
							async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
							  .filter(v => v.impact === 'serious' || v.impact === 'critical')
							  .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))""");
					assertThat(violations).as(path).isEmpty();
					assertThat(page.locator("img:not([alt])").count()).as("images without alt on " + path).isZero();
					assertThat(noHorizontalScroll(page)).as("fits the width on " + path).isTrue();
				}
			}
		}
	}

	private static boolean noHorizontalScroll(Page page) {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
	}

	private static String axeSource() throws IOException {
		try (InputStream in = PortalBrowserTests.class.getClassLoader().getResourceAsStream(AXE)) {
			assertThat(in).as(AXE).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
