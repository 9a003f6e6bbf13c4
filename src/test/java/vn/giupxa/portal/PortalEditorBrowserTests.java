package vn.giupxa.portal;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
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

/**
 * The editor ("bientap") in a browser: formats an article with the toolbar (heading, bold, list)
 * and saves it; a too-large image is refused before sending, with the message beside the field
 * and everything typed still there.
 */
@IntegrationTest
class PortalEditorBrowserTests {

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

	private String base() {
		return "http://localhost:" + port;
	}

	@Test
	void anEditorFormatsTheBodyWithTheToolbarAndSavesIt() {
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base(), "bientap", Sessions.DEMO_PASSWORD);
			page.navigate(base() + "/portal/articles/new");
			String title = "Soạn có định dạng " + UUID.randomUUID().toString().substring(0, 8);
			page.getByLabel("Tiêu đề", new Page.GetByLabelOptions().setExact(true)).fill(title);
			page.getByLabel("Tóm tắt").fill("Bài soạn bằng thanh công cụ.");
			page.locator("#categoryId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Nông thôn mới"));
			assertThat(page.locator("#body")).isHidden();
			var editor = page.getByTestId("body-editor");
			editor.click();
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Tiêu đề lớn").setExact(true)).click();
			page.keyboard().type("Kết quả tháng 11");
			page.keyboard().press("Enter");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Đoạn văn").setExact(true)).click();
			page.keyboard().type("Xã Bản Khoang ");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Đậm").setExact(true)).click();
			page.keyboard().type("vượt kế hoạch");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Đậm").setExact(true)).click();
			page.keyboard().type(" năm nay.");
			page.keyboard().press("Enter");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Danh sách").setExact(true)).click();
			page.keyboard().type("Đường liên thôn");
			page.keyboard().press("Enter");
			page.keyboard().type("Nhà văn hóa");
			assertThat(editor.locator("h2")).hasText("Kết quả tháng 11");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
			page.waitForURL(url -> url.matches(".*/portal/articles/\\d+$"));
			String body = jdbc.sql("SELECT body_html FROM portal_article WHERE title = :title").param("title", title)
				.query(String.class).single();
			assertThat(body).contains("<h2>Kết quả tháng 11</h2>", "<b>vượt kế hoạch</b>", "<ul>", "<li>Đường liên thôn</li>",
					"<li>Nhà văn hóa</li>");
			// Opened again, the formatted text is in the editor as saved.
			assertThat(page.getByTestId("body-editor").locator("b")).hasText("vượt kế hoạch");
		}
	}

	@Test
	void aTooLargeImageIsRefusedBeforeSendingAndNothingTypedIsLost() {
		try (BrowserContext context = browser.laptop()) {
			Page page = context.newPage();
			Browser.login(page, base(), "bientap", Sessions.DEMO_PASSWORD);
			page.navigate(base() + "/portal/articles/new");
			page.getByLabel("Tiêu đề", new Page.GetByLabelOptions().setExact(true)).fill("Ảnh quá lớn");
			page.getByTestId("body-editor").click();
			page.keyboard().type("Nội dung còn giữ");
			page.locator("#image").setInputFiles(new FilePayload("anh.jpg", "image/jpeg", new byte[11 * 1024 * 1024]));
			assertThat(page.locator("#image-too-large")).isVisible();
			assertThat(page.locator("#image-too-large")).hasText("Tệp quá lớn: tối đa 10 MB.");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
			assertThat(page).hasURL(base() + "/portal/articles/new");
			assertThat(page.locator("#title")).hasValue("Ảnh quá lớn");
			assertThat(page.getByTestId("body-editor")).hasText("Nội dung còn giữ");
		}
	}
}
