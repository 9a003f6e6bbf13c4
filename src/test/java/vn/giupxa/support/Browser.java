package vn.giupxa.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright. The browser is required: a missing /usr/bin/chromium
 * fails the test (CI installs it), it never skips.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getProperty("giupxa.chromium", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	public Browser() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": install Debian's chromium package");
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
					"--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync")));
	}

	/** A fresh browser profile (no cookies) at laptop size. */
	public BrowserContext laptop() {
		return browser.newContext(new NewContextOptions().setViewportSize(1366, 800).setLocale("vi-VN"));
	}

	/** A fresh browser profile at phone size. */
	public BrowserContext phone() {
		return browser.newContext(new NewContextOptions().setViewportSize(375, 740)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("vi-VN"));
	}

	public static void login(Page page, String baseUrl, String username, String password) {
		page.navigate(baseUrl + "/login");
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		page.waitForURL("**/home");
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
