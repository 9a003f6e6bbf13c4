package vn.giupxa.portal;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * Article bodies are HTML from the editor, kept to an allow-list: paragraphs, headings, lists,
 * emphasis, tables, links (http, https, mailto; opened with rel=nofollow noopener) and images.
 * Scripts, styles, event handlers and {@code javascript:} addresses never survive.
 */
final class RichText {

	private static final PolicyFactory BODY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "ul", "ol", "li", "blockquote",
				"h2", "h3", "h4", "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "a",
				"img", "hr")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.requireRelsOnLinks("nofollow", "noopener")
		.allowAttributes("src", "alt", "width", "height").onElements("img")
		.allowAttributes("colspan", "rowspan", "scope").onElements("td", "th")
		.toFactory();

	private static final PolicyFactory TEXT = new HtmlPolicyBuilder().toFactory();

	private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");

	private static final Pattern ALT = Pattern.compile("\\balt=\"[^\"]*\\S[^\"]*\"");

	private RichText() {
	}

	/** The HTML with everything outside the allow-list removed, NFC. */
	static String sanitise(String html) {
		if (html == null) {
			return "";
		}
		return BODY.sanitize(Normalizer.normalize(html, Normalizer.Form.NFC)).strip();
	}

	/** The words of sanitised HTML, for search and for summaries. */
	static String plainText(String html) {
		String text = TEXT.sanitize(html == null ? "" : html.replace("<", " <"));
		return HtmlUtils.htmlUnescape(text).replaceAll("[\\s\\u00a0]+", " ").strip();
	}

	/** Whether every image of the sanitised HTML has a non-empty alternative text. */
	static boolean imagesHaveAlternativeText(String html) {
		Matcher images = IMAGE.matcher(html);
		while (images.find()) {
			if (!ALT.matcher(images.group()).find()) {
				return false;
			}
		}
		return true;
	}
}
