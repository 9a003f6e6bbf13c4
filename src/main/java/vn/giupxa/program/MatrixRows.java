package vn.giupxa.program;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The rows of the province matrix table as HTML. A page holds up to 100 rows of 10–19 cells; written
 * through Thymeleaf expressions (three per cell) they took about 20 ms of a page whose statements take
 * 4 ms (bench/program), so they are written here, every text escaped, and the template inserts them.
 */
final class MatrixRows {

	private final List<Catalog.CriterionView> criteria;

	private final String cardQuery;

	private final String[] cellLabels;

	private final String nearlyBadge;

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> keyLabels = new HashMap<>();

	private MatrixRows(List<Catalog.CriterionView> criteria, String setCode, String periodCode, MessageSource messages,
			Locale locale) {
		this.criteria = criteria;
		this.cardQuery = "?set=" + UriUtils.encodeQueryParam(setCode, StandardCharsets.UTF_8) + "&amp;period="
				+ UriUtils.encodeQueryParam(periodCode, StandardCharsets.UTF_8);
		this.messages = messages;
		this.locale = locale;
		this.cellLabels = new String[ProvinceMatrix.Cell.values().length];
		for (ProvinceMatrix.Cell cell : ProvinceMatrix.Cell.values()) {
			cellLabels[cell.ordinal()] = text(cell.label());
		}
		this.nearlyBadge = text("program.matrix.nearlyBadge");
	}

	/** The {@code <tr>} elements of these communes, one cell per criterion in the order given. */
	static String html(List<ProvinceMatrix.CommuneRow> communes, List<Catalog.CriterionView> criteria, String setCode,
			String periodCode, MessageSource messages, Locale locale) {
		MatrixRows rows = new MatrixRows(criteria, setCode, periodCode, messages, locale);
		StringBuilder html = new StringBuilder(communes.size() * (160 + criteria.size() * 60));
		for (ProvinceMatrix.CommuneRow commune : communes) {
			rows.append(html, commune);
		}
		return html.toString();
	}

	private void append(StringBuilder html, ProvinceMatrix.CommuneRow commune) {
		html.append("<tr><th scope=\"row\"><a href=\"/communes/")
			.append(escape(UriUtils.encodePathSegment(commune.code(), StandardCharsets.UTF_8)))
			.append("/scorecard")
			.append(cardQuery)
			.append("\">")
			.append(escape(commune.name()))
			.append("</a>");
		if (commune.nearlyThere()) {
			html.append(" <span class=\"badge text-bg-warning\">").append(nearlyBadge).append("</span>");
		}
		html.append("</th><td>")
			.append(commune.keyValue() == null ? "—"
					: keyLabels.computeIfAbsent(commune.keyValue(), key -> text("program.key." + key)))
			.append("</td>");
		for (ProvinceMatrix.Cell cell : commune.cells(criteria)) {
			html.append("<td class=\"")
				.append(cell.css())
				.append("\" title=\"")
				.append(cellLabels[cell.ordinal()])
				.append("\">")
				.append(cell.symbol())
				.append("</td>");
		}
		html.append("<td>").append(commune.metCount()).append('/').append(commune.criteriaCount()).append("</td></tr>\n");
	}

	/** A message, escaped; an unknown key (a region or group code not in the bundles) is shown as the code. */
	private String text(String code) {
		return escape(messages.getMessage(code, null, code, locale));
	}

	/** Escapes text for HTML content or a double-quoted attribute (&amp;, &lt;, &gt;, &quot;, &#39;). */
	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}
}
