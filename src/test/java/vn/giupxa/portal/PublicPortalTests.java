package vn.giupxa.portal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What an anonymous reader sees on the portal, read from the demo data. */
@IntegrationTest
class PublicPortalTests {

	static final String LETTER = "/tin-tuc/tang-cuong-cac-hoat-dong-phoi-hop-giup-do-xa-trien-khai-cac-chuong-trinh-muc-tieu-quoc-gia";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** The page at the path, with query parameters given as name, value pairs (MockMvc decodes no query string). */
	private Document page(String url, String... params) throws Exception {
		var request = get(url).header("User-Agent", "Mozilla/5.0 Firefox/140.0");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MockHttpServletResponse response = mvc.perform(request)
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void homePageShowsLatestNewsFeaturedMenuSearchLoginAndVisitorStatistics() throws Exception {
		Document home = page("/");
		assertThat(home.text()).contains("Thông tin mới nhất", "Tin nổi bật", "Đăng nhập", "Đang online", "Hôm nay",
				"Trong tuần", "Tất cả");
		assertThat(home.select("[data-testid=latest-news] article")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(home.select("nav a[href^=/chuyen-muc/]")).extracting(a -> a.text()).contains("Nông thôn mới");
		assertThat(home.select("form[action=/tim-kiem][method=get] input[name=q]")).hasSize(1);
		assertThat(home.select("a[href=/units]")).isNotEmpty();
		assertThat(home.select("input[name=_csrf]")).as("no CSRF token on public pages").isEmpty();
	}

	@Test
	void articlePageShowsTitleDateViewsBodyDownloadsAuthorAndOtherNewsWithNumberedPages() throws Exception {
		Document article = page(LETTER);
		assertThat(article.select("h1").text()).isEqualTo(
				"Tăng cường các hoạt động phối hợp giúp đỡ xã triển khai các Chương trình mục tiêu Quốc gia");
		assertThat(article.select("time").first().text()).isEqualTo("05/09/2023 08:30");
		assertThat(article.select("[data-testid=view-count]").text()).matches("Lượt xem: [\\d.]+");
		assertThat(article.select("[data-testid=downloads] a[href^=/tai-ve/]").text()).startsWith("Tải về (PDF");
		assertThat(article.select("[data-testid=author]").text()).isEqualTo("Thùy Trang");
		assertThat(article.select("[data-testid=other-news] > ul > li > a")).hasSize(5);
		assertThat(article.select("[data-testid=other-news] .pagination a")).extracting(a -> a.text()).contains("1", "2", "3");
		assertThat(article.select("meta[property=og:title]").attr("content")).startsWith("Tăng cường");
	}

	@Test
	void aPagePastTheEndShowsTheLastPage() throws Exception {
		Document last = page(LETTER + "?trang=999");
		assertThat(last.select("[data-testid=other-news] .pagination .active").text())
			.isEqualTo(last.select("[data-testid=other-news] .pagination a").last().text());
		assertThat(page("/tin-tuc?trang=-4").select("[data-testid=news-list] article")).isNotEmpty();
	}

	@Test
	void anUnknownSlugIsAVietnamese404AndADraftIsNotPublic() throws Exception {
		for (String url : new String[] { "/tin-tuc/khong-co-bai-nay", "/tin-tuc/ban-nhap-ke-hoach-kiem-tra-quy-iii" }) {
			MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(404);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Không tìm thấy bài viết");
		}
	}

	@Test
	void searchIgnoresAccentsRanksAndHighlights() throws Exception {
		Document results = page("/tim-kiem", "q", "giup do xa");
		assertThat(results.select("[data-testid=search-results] li a").first().text())
			.isEqualTo("Tăng cường các hoạt động phối hợp giúp đỡ xã triển khai các Chương trình mục tiêu Quốc gia");
		assertThat(results.select("[data-testid=search-results] mark").eachText()).contains("giúp", "đỡ", "xã");
		Document letter = page("/tim-kiem", "q", "4393");
		assertThat(letter.select("[data-testid=search-results] li a").eachText()).contains("4393/UBND-NLN");
	}

	@Test
	void searchTextWithSqlOrHtmlIsJustText() throws Exception {
		Document results = page("/tim-kiem", "q", "'; DROP TABLE portal_article; -- <script>alert(1)</script> %_");
		assertThat(results.select("[data-testid=search-results] li")).isEmpty();
		assertThat(results.select("script:containsData(alert)")).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM portal_article").query(Long.class).single()).isPositive();
	}

	@Test
	void documentRegisterFiltersByTypeIssuerAndYearAndSearches() throws Exception {
		Document byYear = page("/van-ban?nam=2023");
		assertThat(byYear.select("[data-testid=document-table] tbody tr")).hasSize(1);
		assertThat(byYear.select("[data-testid=document-table] tbody tr a").first().text()).isEqualTo("4393/UBND-NLN");
		Document plans = page("/van-ban?loai=PLAN");
		assertThat(plans.select("[data-testid=document-table] tbody tr a").eachText()).containsExactly("36/KH-UBND");
		Document byIssuer = page("/van-ban", "coQuan", "Sở Nông nghiệp và Môi trường");
		assertThat(byIssuer.select("[data-testid=document-table] tbody tr")).hasSize(1);
		assertThat(page("/van-ban", "q", "kien toan").select("[data-testid=document-table] tbody tr a").eachText())
			.containsExactly("125/QĐ-UBND");
	}

	@Test
	void theLettersPdfDownloadsAsAnAttachmentWithItsVietnameseNameAndIsCounted() throws Exception {
		long fileId = jdbc.sql("""
				SELECT f.id FROM portal_file f JOIN portal_document d ON d.id = f.document_id WHERE d.number_symbol = '4393/UBND-NLN'""")
			.query(Long.class).single();
		long before = downloads(fileId);
		MockHttpServletResponse response = mvc.perform(get("/tai-ve/" + fileId)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(new String(response.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(downloads(fileId)).isEqualTo(before + 1);
	}

	@Test
	void feedsSitemapAndApiShowPublishedArticlesOnly() throws Exception {
		String rss = mvc.perform(get("/rss")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(rss).contains("<rss version=\"2.0\">", LETTER).doesNotContain("ban-nhap");
		String category = mvc.perform(get("/rss/nong-thon-moi")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(category).contains("xa-bac-ha-hoan-thanh").doesNotContain("mo-hinh-trong-man");
		String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(sitemap).contains("<urlset", LETTER).doesNotContain("ban-nhap");
		String api = mvc.perform(get("/api/v1/articles?page=99&size=5")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("\"totalElements\":14").doesNotContain("ban-nhap");
		assertThat(mvc.perform(get("/api/v1/articles/khong-co")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/api/v1/documents?q=4393")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("4393/UBND-NLN");
	}

	@Test
	void aNewVisitorGetsAFirstPartyCookieAndNoSession() throws Exception {
		MockHttpServletResponse response = mvc.perform(get(LETTER).header("User-Agent", "Mozilla/5.0")).andReturn().getResponse();
		String cookie = response.getHeaders("Set-Cookie").stream().filter(c -> c.startsWith("gx_visitor=")).findFirst().orElseThrow();
		assertThat(UUID.fromString(cookie.substring("gx_visitor=".length(), cookie.indexOf(';')))).isNotNull();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
		assertThat(response.getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION"));
	}

	private long downloads(long fileId) {
		return jdbc.sql("SELECT download_count FROM portal_file WHERE id = :id").param("id", fileId).query(Long.class).single();
	}
}
