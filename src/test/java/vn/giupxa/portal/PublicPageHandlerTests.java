package vn.giupxa.portal;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: a stored public page is served by {@link PublicPageHandler} before the servlet
 * layer, yet with the same headers as the full response it was stored from, the visitor cookie,
 * and views counted once per window (robots apart); signed-in readers, language switches and
 * methods other than GET always go through the whole chain.
 */
@IntegrationTest
class PublicPageHandlerTests {

	private static final String READER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

	private static final String ROBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CounterFlusher flusher;

	@Autowired
	PortalReader reader;

	@Autowired
	PublicPageCache cache;

	@BeforeEach
	void startFromAFullResponse() throws InterruptedException {
		// An article another test scheduled a few seconds ahead (PublicPageCacheTests) would clear the stored
		// pages in the middle of a test when the change check sees it go live: let it go live first.
		long due = jdbc.sql("""
				SELECT coalesce(ceil(extract(epoch FROM max(published_at) - now()) * 1000), 0)::bigint FROM portal_article
				WHERE status = 'PUBLISHED' AND published_at > now() AND published_at < now() + interval '1 minute'""")
			.query(Long.class).single();
		if (due > 0) {
			Thread.sleep(due + 500);
		}
		flusher.flush();
		reader.checkForChanges();
		reader.invalidate();
	}

	private HttpResponse<String> get(String path, String userAgent, String... cookies) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("User-Agent", userAgent);
		if (cookies.length > 0) {
			request.header("Cookie", String.join("; ", cookies));
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, List<String>> headersBut(HttpResponse<?> response, String... left) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(response.headers().map());
		for (String name : left) {
			headers.remove(name);
		}
		return headers;
	}

	private static long shownViews(HttpResponse<String> response) {
		Document page = Jsoup.parse(response.body());
		return Long.parseLong(page.select("[data-testid=view-count]").text().replaceAll("\\D", ""));
	}

	private static String visitorCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith(VisitorCookieFilter.COOKIE + "="))
			.findFirst().orElse(null);
	}

	@Test
	void aHitCarriesTheHeadersOfTheFullResponseAndGivesANewReaderTheVisitorCookie() throws Exception {
		reader.invalidate();
		long before = cache.servedBeforeServlets();
		HttpResponse<String> full = get(PublicPortalTests.LETTER, READER);
		assertThat(cache.servedBeforeServlets()).as("the first read renders the page").isEqualTo(before);
		HttpResponse<String> hit = get(PublicPortalTests.LETTER, READER);
		assertThat(cache.servedBeforeServlets()).as("a repeat read is served before the servlet layer").isEqualTo(before + 1);

		assertThat(hit.statusCode()).isEqualTo(200);
		assertThat(headersBut(hit, "Date", "Set-Cookie")).isEqualTo(headersBut(full, "Date", "Set-Cookie"));
		assertThat(hit.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(hit.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(hit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(hit.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		assertThat(hit.body()).doesNotContain("gxslot");
		assertThat(Jsoup.parse(hit.body()).select("h1").text()).isEqualTo(Jsoup.parse(full.body()).select("h1").text());

		String fullCookie = visitorCookie(full);
		String hitCookie = visitorCookie(hit);
		assertThat(hitCookie).as("a new reader gets the cookie from a hit too").isNotNull();
		// Same attributes; Expires is a year from each response's own second
		assertThat(hitCookie.substring(hitCookie.indexOf(';')).replaceAll("Expires=[^;]*", "Expires"))
			.isEqualTo(fullCookie.substring(fullCookie.indexOf(';')).replaceAll("Expires=[^;]*", "Expires"));
		assertThat(hitCookie).isNotEqualTo(fullCookie);
		assertThat(hitCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
	}

	@Test
	void aReaderWhoTakesGzipGetsTheSamePageCompressedWithTheLiveFigures() throws Exception {
		get(PublicPortalTests.LETTER, READER);
		HttpResponse<String> plain = get(PublicPortalTests.LETTER, READER);
		long served = cache.servedBeforeServlets();

		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PublicPortalTests.LETTER))
			.header("User-Agent", READER).header("Accept-Encoding", "br;q=1.0, gzip;q=0.8").GET().build();
		HttpResponse<byte[]> first = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> second = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

		assertThat(cache.servedBeforeServlets()).as("both from the store").isEqualTo(served + 2);
		for (HttpResponse<byte[]> compressed : List.of(first, second)) {
			assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(compressed.headers().allValues("Vary").toString()).containsIgnoringCase("accept-encoding");
			assertThat(compressed.headers().firstValue("Content-Security-Policy"))
				.isEqualTo(plain.headers().firstValue("Content-Security-Policy"));
			String html = gunzip(compressed.body());
			assertThat(html).doesNotContain("gxslot").contains("Lượt xem");
			assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo(Jsoup.parse(plain.body()).select("h1").text());
			assertThat(Long.parseLong(compressed.headers().firstValue("Content-Length").orElseThrow()))
				.isEqualTo(compressed.body().length).isLessThan(plain.body().length() / 2);
		}
		// A reader who refuses gzip gets the plain page
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ PublicPortalTests.LETTER)).header("User-Agent", READER).header("Accept-Encoding", "gzip;q=0")
			.GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(refused.body()).contains("Lượt xem");
	}

	private static String gunzip(byte[] bytes) throws Exception {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aHitCountsAReaderOncePerWindowAndRobotsApart() throws Exception {
		long article = jdbc.sql("SELECT id FROM portal_article WHERE slug = :slug")
			.param("slug", PublicPortalTests.LETTER.substring("/tin-tuc/".length())).query(Long.class).single();
		// The premise is that the page stays stored while the readers come; the change check (every 2 s) may clear
		// the stored pages when it sees another test's change late. Then the readers come again from the start.
		for (int attempt = 1;; attempt++) {
			get(PublicPortalTests.LETTER, READER);
			flusher.flush();
			long clears = reader.clears();
			long counted = shownViews(get(PublicPortalTests.LETTER, READER));
			long robots = robotViews(article);
			long served = cache.servedBeforeServlets();

			HttpResponse<String> newReader = get(PublicPortalTests.LETTER, READER);
			String visitor = visitorCookie(newReader);
			visitor = visitor.substring(0, visitor.indexOf(';'));
			get(PublicPortalTests.LETTER, READER, visitor);
			get(PublicPortalTests.LETTER, READER, visitor);
			HttpResponse<String> robot = get(PublicPortalTests.LETTER, ROBOT);
			if (reader.clears() != clears && attempt < 3) {
				continue;
			}
			assertThat(reader.clears()).as("the stored page stayed stored").isEqualTo(clears);
			assertThat(visitorCookie(robot)).as("robots get no cookie").isNull();
			assertThat(cache.servedBeforeServlets()).isEqualTo(served + 4);
			flusher.flush();

			HttpResponse<String> again = get(PublicPortalTests.LETTER, READER, visitor);
			assertThat(visitorCookie(again)).as("a returning reader keeps the cookie").isNull();
			assertThat(shownViews(again)).as("the earlier reader's page and the new reader, once").isEqualTo(counted + 2);
			assertThat(robotViews(article)).isEqualTo(robots + 1);
			flusher.flush();
			assertThat(shownViews(get(PublicPortalTests.LETTER, READER, visitor))).as("not again within the window")
				.isEqualTo(counted + 2);
			return;
		}
	}

	private long robotViews(long article) {
		return jdbc.sql("SELECT coalesce(sum(bot_views), 0) FROM portal_article_view_day WHERE article_id = :id AND day = :day")
			.param("id", article).param("day", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).query(Long.class).single();
	}

	@Test
	void anAddressWithParametersIsFoundWhateverTheirOrderOrEncodingAndOnlyInCanonicalForm() throws Exception {
		Document stored = Jsoup.parse(get("/van-ban?loai=PLAN&nam=2026", READER).body());
		long served = cache.servedBeforeServlets();

		Document reordered = Jsoup.parse(get("/van-ban?nam=2026&loai=PLAN", READER).body());
		assertThat(cache.servedBeforeServlets()).as("the servlet layer's key and Jetty's agree").isEqualTo(served + 1);
		assertThat(reordered.select("[data-testid=document-table] tbody tr a").eachText())
			.isEqualTo(stored.select("[data-testid=document-table] tbody tr a").eachText()).contains("36/KH-UBND");

		get("/tim-kiem?q=gi%C3%BAp+%C4%91%E1%BB%A1", READER);
		Document search = Jsoup.parse(get("/tim-kiem?q=gi%C3%BAp%20%C4%91%E1%BB%A1", READER).body());
		assertThat(cache.servedBeforeServlets()).as("'+' and '%20' are one space").isEqualTo(served + 2);
		assertThat(search.select("[data-testid=search-results] mark").eachText()).contains("giúp", "đỡ");

		Document other = Jsoup.parse(get("/van-ban?loai=PLAN&nam=2023", READER).body());
		assertThat(other.select("[data-testid=document-table] tbody tr a").eachText()).as("another page, not the stored one")
			.doesNotContain("36/KH-UBND");
		get("/tin-tuc/../van-ban?nam=2026&loai=PLAN", READER);
		assertThat(cache.servedBeforeServlets()).as("neither another page nor a dotted address").isEqualTo(served + 2);
	}

	@Test
	void signedInReadersLanguageSwitchesAndOtherMethodsAlwaysGoThroughTheChain() throws Exception {
		get("/", READER);
		get("/van-ban", READER);
		long served = cache.servedBeforeServlets();
		Cookie session = Sessions.loginDemo(mvc, "bientap");

		Document signedIn = Jsoup.parse(get("/", READER, session.getName() + "=" + session.getValue()).body());
		assertThat(signedIn.select("a[href=/home]")).as("the signed-in header").isNotEmpty();
		assertThat(signedIn.select("a[href=/login]")).isEmpty();
		Document english = Jsoup.parse(get("/van-ban?lang=en", READER).body());
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/van-ban"))
			.header("User-Agent", READER).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.discarding());
		HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/van-ban"))
			.header("User-Agent", READER).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).as("refused by Spring Security (no CSRF token)").isEqualTo(403);
		assertThat(cache.servedBeforeServlets()).as("none of them from the cache").isEqualTo(served);

		assertThat(Jsoup.parse(get("/", READER).body()).select("a[href=/login]")).as("the anonymous header").isNotEmpty();
		assertThat(cache.servedBeforeServlets()).isEqualTo(served + 1);
	}
}
