package vn.giupxa.portal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.portal.PortalViews.ArticleCard;
import vn.giupxa.portal.PortalViews.CategoryView;
import vn.giupxa.shared.NotFoundException;

/** RSS 2.0 of the latest articles (all, or one category) and {@code sitemap.xml} of every public page. */
@Controller
class FeedController {

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final PortalReader reader;

	FeedController(PortalReader reader) {
		this.reader = reader;
	}

	@GetMapping("/rss")
	ResponseEntity<String> all() {
		return ResponseEntity.ok().contentType(RSS).body(rss("GiupXa", reader.articles(null, 0, 0, 30).getContent()));
	}

	@GetMapping("/rss/{category}")
	ResponseEntity<String> category(@PathVariable String category) {
		CategoryView view = reader.category(category).orElseThrow(() -> new NotFoundException("portal.category.notFound"));
		return ResponseEntity.ok().contentType(RSS)
			.body(rss("GiupXa – " + view.name(), reader.articles(view.id(), 0, 0, 30).getContent()));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		String base = base();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		url(xml, base + "/", null);
		url(xml, base + "/tin-tuc", null);
		url(xml, base + "/van-ban", null);
		reader.categories().forEach(category -> url(xml, base + "/chuyen-muc/" + category.slug(), null));
		for (int page = 0;; page++) {
			var articles = reader.articles(null, 0, page, 500);
			articles.forEach(article -> url(xml, base + "/tin-tuc/" + article.slug(),
					article.publishedAt().toLocalDate().toString()));
			if (articles.isLast()) {
				break;
			}
		}
		return ResponseEntity.ok().contentType(XML).body(xml.append("</urlset>\n").toString());
	}

	private String rss(String title, List<ArticleCard> articles) {
		String base = base();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n");
		xml.append("<title>").append(escape(title)).append("</title><link>").append(base).append("/</link>")
			.append("<description>").append(escape(title)).append("</description><language>vi</language>\n");
		for (ArticleCard article : articles) {
			String link = base + "/tin-tuc/" + article.slug();
			xml.append("<item><title>").append(escape(article.title())).append("</title><link>").append(link)
				.append("</link><guid isPermaLink=\"true\">").append(link).append("</guid><description>")
				.append(escape(article.summary())).append("</description><category>").append(escape(article.categoryName()))
				.append("</category><pubDate>")
				.append(DateTimeFormatter.RFC_1123_DATE_TIME.format(article.publishedAt().atZone(VIETNAM)))
				.append("</pubDate></item>\n");
		}
		return xml.append("</channel></rss>\n").toString();
	}

	private static void url(StringBuilder xml, String location, String lastModified) {
		xml.append("<url><loc>").append(escape(location)).append("</loc>");
		if (lastModified != null) {
			xml.append("<lastmod>").append(lastModified).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}
