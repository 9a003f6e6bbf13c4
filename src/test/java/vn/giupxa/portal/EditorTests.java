package vn.giupxa.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The editor ("bientap") writes, previews, schedules, publishes and withdraws; uploads are checked. */
@IntegrationTest
class EditorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	Cookie editor;

	@BeforeEach
	void logIn() throws Exception {
		editor = Sessions.loginDemo(mvc, "bientap");
	}

	private long draft(String title, String body) throws Exception {
		MvcResult result = mvc.perform(multipart("/portal/articles/new").cookie(editor).with(csrf())
				.param("title", title).param("summary", "Tóm tắt thử").param("body", body).param("author", "Biên tập viên")
				.param("categoryId", categoryId()).param("documentIds", documentId("4393/UBND-NLN")))
			.andExpect(status().is3xxRedirection()).andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/portal/articles/", ""));
	}

	@Test
	void aDraftIsSanitisedPreviewedThenPublishedUnderAnAccentFreeAddress() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long id = draft("Xã Tả Phìn đón đoàn công tác " + suffix,
				"<p onmouseover=\"alert(1)\">Đoàn đến <b>thôn</b>.</p><script>alert(2)</script><img src=x onerror=alert(3) alt=\"Cổng thôn\">");
		String stored = jdbc.sql("SELECT body_html FROM portal_article WHERE id = :id").param("id", id).query(String.class).single();
		assertThat(stored).contains("<b>thôn</b>").doesNotContain("script", "onmouseover", "onerror");
		String slug = "xa-ta-phin-don-doan-cong-tac-" + suffix;
		mvc.perform(get("/tin-tuc/" + slug)).andExpect(status().isNotFound());
		mvc.perform(get("/portal/articles/" + id).cookie(editor))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bản nháp")));
		mvc.perform(get("/portal/articles/" + id + "/preview").cookie(editor))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Bản xem trước")));
		mvc.perform(post("/portal/articles/" + id + "/publish").cookie(editor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/tin-tuc/" + slug)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đoàn đến <b>thôn</b>.")))
			.andExpect(content().string(containsString("4393/UBND-NLN")));
		mvc.perform(post("/portal/articles/" + id + "/publish").cookie(editor).with(csrf()))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("không thể đăng lại")));
		mvc.perform(post("/portal/articles/" + id + "/withdraw").cookie(editor).with(csrf()));
		mvc.perform(get("/tin-tuc/" + slug)).andExpect(status().isNotFound());
	}

	@Test
	void aScheduledArticleStaysHiddenUntilItsTime() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long id = draft("Hẹn giờ đăng " + suffix, "<p>Sẽ đăng sau.</p>");
		mvc.perform(post("/portal/articles/" + id + "/publish").cookie(editor).with(csrf()).param("publishAt", "2099-01-01T08:00"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/tin-tuc/hen-gio-dang-" + suffix)).andExpect(status().isNotFound());
		mvc.perform(get("/portal/articles").cookie(editor)).andExpect(content().string(containsString("Hẹn giờ")));
	}

	@Test
	void aFormWithErrorsKeepsWhatWasTypedWithVietnameseMessages() throws Exception {
		String page = mvc.perform(multipart("/portal/articles/new").cookie(editor).with(csrf())
				.param("title", "").param("summary", "Tóm tắt còn giữ").param("body", "<script>x()</script>")
				.param("author", "A").param("categoryId", categoryId()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(page);
		assertThat(form.select("#title + .invalid-feedback").text()).isEqualTo("Vui lòng nhập tiêu đề.");
		assertThat(form.select("textarea#summary").text()).isEqualTo("Tóm tắt còn giữ");
	}

	@Test
	void anEditOfAnOlderVersionIsRefusedKeepingTheTypedTextAndTheNewerVersion() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long id = draft("Hai người cùng sửa " + suffix, "<p>Bản đầu.</p>");
		long version = jdbc.sql("SELECT version FROM portal_article WHERE id = :id").param("id", id).query(Long.class).single();
		mvc.perform(multipart("/portal/articles/" + id).cookie(editor).with(csrf()).param("title", "Hai người cùng sửa " + suffix)
				.param("summary", "Tóm tắt").param("body", "<p>Bản của người thứ nhất.</p>").param("author", "Biên tập viên")
				.param("categoryId", categoryId()).param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(multipart("/portal/articles/" + id).cookie(editor).with(csrf()).param("title", "Hai người cùng sửa " + suffix)
				.param("summary", "Tóm tắt").param("body", "<p>Bản của người thứ hai.</p>").param("author", "Biên tập viên")
				.param("categoryId", categoryId()).param("version", String.valueOf(version)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Người khác vừa thay đổi dữ liệu này");
		assertThat(org.jsoup.Jsoup.parse(page).select("textarea#body").text()).contains("Bản của người thứ hai.");
		assertThat(jdbc.sql("SELECT body_html FROM portal_article WHERE id = :id").param("id", id).query(String.class).single())
			.contains("Bản của người thứ nhất.");
	}

	@Test
	void aFileOfARefusedTypeIsRefusedWithAMessageAndNothingStored() throws Exception {
		long document = documentId("36/KH-UBND") == null ? 0 : Long.parseLong(documentId("36/KH-UBND"));
		long before = files();
		mvc.perform(multipart("/portal/documents/" + document + "/files").file(new MockMultipartFile("file", "ke-hoach.pdf",
				"application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
				.cookie(editor).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ nhận tệp PDF, Word (DOCX) hoặc Excel (XLSX)")));
		assertThat(files()).isEqualTo(before);
		mvc.perform(multipart("/portal/documents/" + document + "/files").file(new MockMultipartFile("file", "Kế hoạch.xlsx",
				"application/octet-stream", RichTextTests.office("xl/workbook.xml", "spreadsheetml.sheet.main+xml")))
				.cookie(editor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(files()).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT kind FROM portal_file ORDER BY id DESC LIMIT 1").query(String.class).single()).isEqualTo("XLSX");
	}

	@Test
	void aTooLargeUploadGetsAVietnameseMessageAndNothingIsStored() throws Exception {
		long document = Long.parseLong(documentId("18/HD-VPĐP"));
		String page = mvc.perform(get("/portal/documents/" + document).cookie(editor)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher token = Pattern.compile("_csrf=([A-Za-z0-9_-]+)").matcher(page);
		assertThat(token.find()).isTrue();
		long before = files();
		String boundary = "gx" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + 11 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + port + "/portal/documents/" + document + "/files?_csrf=" + token.group(1)))
			.header("Cookie", "SESSION=" + editor.getValue())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Tệp quá lớn: tối đa 10 MB.");
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void anUploadOverTheServersLimitGetsAVietnamesePageInTheDeskWithTheWayBack() throws Exception {
		long document = Long.parseLong(documentId("18/HD-VPĐP"));
		String page = mvc.perform(get("/portal/documents/" + document).cookie(editor)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher token = Pattern.compile("_csrf=([A-Za-z0-9_-]+)").matcher(page);
		assertThat(token.find()).isTrue();
		long before = files();
		String boundary = "gx" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rat-lon.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + 27 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + port + "/portal/documents/" + document + "/files?_csrf=" + token.group(1)))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Cookie", "SESSION=" + editor.getValue())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		org.jsoup.nodes.Document error = org.jsoup.Jsoup.parse(response.body());
		assertThat(error.select("[data-testid=error-message]").text())
			.isEqualTo("Tệp bạn gửi lớn hơn mức cho phép (mỗi tệp tối đa 10MB).");
		assertThat(error.select("a[data-testid=back]").attr("href")).isEqualTo("/portal/documents/" + document);
		assertThat(error.select("a[href=/portal/articles]")).as("still in the desk").isNotEmpty();
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void otherRolesCannotWrite() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/portal/articles/new").cookie(commune)).andExpect(status().isForbidden());
	}

	private long files() {
		return jdbc.sql("SELECT count(*) FROM portal_file").query(Long.class).single();
	}

	private String categoryId() {
		return jdbc.sql("SELECT id FROM portal_category WHERE slug = 'tin-tuc-su-kien'").query(Long.class).single().toString();
	}

	private String documentId(String number) {
		return jdbc.sql("SELECT id FROM portal_document WHERE number_symbol = :n").param("n", number)
			.query(Long.class).single().toString();
	}
}
