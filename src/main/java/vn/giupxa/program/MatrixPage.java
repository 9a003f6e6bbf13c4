package vn.giupxa.program;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;

import vn.giupxa.shared.HelperDirectory;
import vn.giupxa.shared.ReportingPeriod;

/**
 * The matrix page's filter options and criterion headings as HTML, escaped like {@link MatrixRows}: through
 * template expressions (three or four per option, two per heading: about a hundred on the benchmark's page) they were
 * a large share of the page's rendering time (bench/program). Each list is inserted by the template into its {@code <select>} or heading row.
 */
final class MatrixPage {

	private MatrixPage() {
	}

	/** The sets, the chosen one (by code) selected. */
	static String setOptions(List<Catalog.SetView> sets, String chosenCode) {
		StringBuilder html = new StringBuilder(sets.size() * 80);
		for (Catalog.SetView set : sets) {
			option(html, set.code(), set.name(), set.code().equals(chosenCode));
		}
		return html.toString();
	}

	/** The periods by their labels ({@code program.periodLabel.<kind>}), the chosen one selected. */
	static String periodOptions(List<ReportingPeriod> periods, ReportingPeriod chosen, MessageSource messages,
			Locale locale) {
		StringBuilder html = new StringBuilder(periods.size() * 60);
		for (ReportingPeriod period : periods) {
			String label = message(messages, "program.periodLabel." + period.kind(),
					new Object[] { String.valueOf(period.year()), String.valueOf(period.part()) }, locale);
			option(html, period.code(), label, period.code().equals(chosen.code()));
		}
		return html.toString();
	}

	/** "Any" (an empty value), then the regions or groups by their labels ({@code program.key.<value>}). */
	static String keyOptions(List<String> keyValues, String chosen, MessageSource messages, Locale locale) {
		StringBuilder html = new StringBuilder(80 + keyValues.size() * 60);
		option(html, "", messages.getMessage("program.matrix.anyKey", null, locale), false);
		for (String keyValue : keyValues) {
			option(html, keyValue, message(messages, "program.key." + keyValue, null, locale), keyValue.equals(chosen));
		}
		return html.toString();
	}

	/** "Any" (an empty value), then the helpers by their labels, the chosen one (by id) selected. */
	static String helperOptions(List<HelperDirectory.HelperEntry> helpers, Long chosen, MessageSource messages,
			Locale locale) {
		StringBuilder html = new StringBuilder(80 + helpers.size() * 80);
		option(html, "", messages.getMessage("program.matrix.anyHelper", null, locale), false);
		for (HelperDirectory.HelperEntry helper : helpers) {
			option(html, String.valueOf(helper.id()), helper.label(), Objects.equals(chosen, helper.id()));
		}
		return html.toString();
	}

	/** A column heading per criterion: its number, its name as the title. */
	static String headings(List<Catalog.CriterionView> criteria) {
		StringBuilder html = new StringBuilder(criteria.size() * 80);
		for (Catalog.CriterionView criterion : criteria) {
			html.append("<th scope=\"col\" title=\"")
				.append(MatrixRows.escape(criterion.name()))
				.append("\">")
				.append(criterion.number())
				.append("</th>");
		}
		return html.toString();
	}

	/** A message of a family (a period kind, a region or group); an unknown code is shown as the code, as in {@link MatrixRows}. */
	private static String message(MessageSource messages, String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, arguments, code, locale);
	}

	private static void option(StringBuilder html, String value, String label, boolean selected) {
		html.append("<option value=\"").append(MatrixRows.escape(value)).append('"');
		if (selected) {
			html.append(" selected=\"selected\"");
		}
		html.append('>').append(MatrixRows.escape(label)).append("</option>");
	}
}
