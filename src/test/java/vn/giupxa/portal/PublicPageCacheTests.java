package vn.giupxa.portal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rendered-page cache for anonymous readers: served from memory, yet every read is counted
 * and the live figures are current; cleared by every edit and when a scheduled article goes live;
 * never mixing languages or signed-in pages.
 */
@IntegrationTest
class PublicPageCacheTests {

	private static final String READER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CounterFlusher flusher;

	@Autowired
	PortalReader reader;

	private Document read(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.header("User-Agent", READER)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as("no token left in the page").doesNotContain("gxslot");
		return Jsoup.parse(html);
	}

	private long shownViews(Document page) {
		return Long.parseLong(page.select("[data-testid=view-count]").text().replaceAll("\\D", ""));
	}

	@Test
	void aCachedArticlePageStillCountsEveryReaderAndShowsTheLiveCount() throws Exception {
		// Views other tests left in the counters are written first, so that only this test's readers change the count;
		// and the change check takes in what other tests published now, not in the middle of this test.
		flusher.flush();
		reader.checkForChanges();
		reader.invalidate();
		String title = title(PublicPortalTests.LETTER);
		Document first = read(get(PublicPortalTests.LETTER));
		long before = shownViews(first);
		assertThat(first.select("h1").text()).isEqualTo(title);
		// Changed behind the portal's back: a page read from the cache still shows the old title.
		jdbc.sql("UPDATE portal_article SET title = title || ' (sửa ngầm)' WHERE slug = :slug")
			.param("slug", PublicPortalTests.LETTER.substring("/tin-tuc/".length())).update();
		try {
			for (int i = 0; i < 3; i++) {
				read(get(PublicPortalTests.LETTER));
			}
			flusher.flush();
			Document cached = read(get(PublicPortalTests.LETTER));
			assertThat(cached.select("h1").text()).as("served from the cache").isEqualTo(title);
			assertThat(shownViews(cached)).as("four new readers counted and shown").isEqualTo(before + 4);
			assertThat(cached.select("[data-testid=visitor-statistics] strong").eachText())
				.hasSize(4).allMatch(figure -> figure.matches("[\\d.]+"));
		}
		finally {
			jdbc.sql("UPDATE portal_article SET title = :title WHERE slug = :slug").param("title", title)
				.param("slug", PublicPortalTests.LETTER.substring("/tin-tuc/".length())).update();
			reader.invalidate();
		}
	}

	@Test
	void aReturningVisitorWithinTheWindowIsShownButNotCountedAgain() throws Exception {
		MockHttpServletResponse first = mvc.perform(get(PublicPortalTests.LETTER).header("User-Agent", READER))
			.andReturn().getResponse();
		Cookie visitor = first.getCookie(VisitorCookieFilter.COOKIE);
		assertThat(visitor).isNotNull();
		flusher.flush();
		long counted = shownViews(read(get(PublicPortalTests.LETTER).cookie(visitor)));
		read(get(PublicPortalTests.LETTER).cookie(visitor));
		flusher.flush();
		assertThat(shownViews(read(get(PublicPortalTests.LETTER).cookie(visitor)))).isEqualTo(counted);
	}

	@Test
	void publishingAndEditingShowAtOnceAndASignedInEditorNeverGetsTheAnonymousPage() throws Exception {
		Cookie editor = Sessions.loginDemo(mvc, "bientap");
		read(get("/"));
		read(get("/tin-tuc"));
		String title = "Bộ đệm trang " + UUID.randomUUID().toString().substring(0, 8);
		long id = draft(editor, title);
		assertThat(read(get("/tin-tuc")).text()).doesNotContain(title);
		mvc.perform(post("/portal/articles/" + id + "/publish").cookie(editor).with(csrf()));
		assertThat(read(get("/tin-tuc")).text()).contains(title);
		assertThat(read(get("/")).text()).contains(title);
		Document signedIn = read(get("/").cookie(editor));
		assertThat(signedIn.select("a[href=/home]")).as("the signed-in header").isNotEmpty();
		assertThat(read(get("/")).select("a[href=/login]")).as("the anonymous header").isNotEmpty();
		mvc.perform(post("/portal/articles/" + id + "/withdraw").cookie(editor).with(csrf()));
		assertThat(read(get("/tin-tuc")).text()).doesNotContain(title);
	}

	@Test
	void aScheduledArticleAppearsOnCachedPagesWhenItsTimeComes() throws Exception {
		Cookie editor = Sessions.loginDemo(mvc, "bientap");
		String title = "Hẹn giờ bộ đệm " + UUID.randomUUID().toString().substring(0, 8);
		long id = draft(editor, title);
		LocalDateTime soon = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(4);
		mvc.perform(post("/portal/articles/" + id + "/publish").cookie(editor).with(csrf())
			.param("publishAt", soon.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)));
		assertThat(read(get("/tin-tuc")).text()).doesNotContain(title);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(read(get("/tin-tuc")).text()).contains(title));
	}

	@Test
	void languagesAreKeptApart() throws Exception {
		read(get("/van-ban"));
		Document english = read(get("/van-ban").cookie(new Cookie("GIUPXA_LANG", "en")));
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(read(get("/van-ban")).select("html").attr("lang")).isEqualTo("vi");
		assertThat(read(get("/van-ban").param("lang", "en")).select("html").attr("lang")).isEqualTo("en");
		assertThat(read(get("/van-ban").cookie(new Cookie("GIUPXA_LANG", "en"))).select("html").attr("lang")).isEqualTo("en");
	}

	private long draft(Cookie editor, String title) throws Exception {
		String category = jdbc.sql("SELECT id FROM portal_category WHERE slug = 'tin-tuc-su-kien'").query(Long.class).single()
			.toString();
		String location = mvc.perform(multipart("/portal/articles/new").cookie(editor).with(csrf())
				.param("title", title).param("summary", "Tóm tắt").param("body", "<p>Nội dung</p>")
				.param("author", "Biên tập viên").param("categoryId", category))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.replace("/portal/articles/", ""));
	}

	private String title(String path) {
		return jdbc.sql("SELECT title FROM portal_article WHERE slug = :slug").param("slug", path.substring("/tin-tuc/".length()))
			.query(String.class).single();
	}
}
