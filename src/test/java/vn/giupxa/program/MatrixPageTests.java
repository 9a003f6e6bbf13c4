package vn.giupxa.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import vn.giupxa.shared.HelperDirectory;
import vn.giupxa.shared.ReportingPeriod;

/** The matrix page's filter options and headings, written in Java: escaped, the chosen option marked. */
class MatrixPageTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Test
	void marksTheChosenSetAndEscapesNamesAndCodes() {
		String html = MatrixPage.setOptions(List.of(set("XA-NTM-2026-2030", "Bộ tiêu chí xã 2026–2030"),
				set("A&\"B\"", "<b>Xã</b> & 'nông thôn'")), "XA-NTM-2026-2030");

		assertThat(html).isEqualTo("<option value=\"XA-NTM-2026-2030\" selected=\"selected\">Bộ tiêu chí xã 2026–2030</option>"
				+ "<option value=\"A&amp;&quot;B&quot;\">&lt;b&gt;Xã&lt;/b&gt; &amp; &#39;nông thôn&#39;</option>");
	}

	@Test
	void labelsPeriodsWithTheirMessagesAndMarksTheChosenOne() {
		String html = MatrixPage.periodOptions(List.of(ReportingPeriod.year(2027), ReportingPeriod.nineMonths(2027),
				ReportingPeriod.halfYear(2027)), ReportingPeriod.nineMonths(2027), messages(), VI);

		assertThat(html).isEqualTo("<option value=\"2027\">Năm 2027</option>"
				+ "<option value=\"2027-9T\" selected=\"selected\">9 tháng năm 2027</option>"
				+ "<option value=\"2027-6T\">6 tháng năm 2027</option>");
	}

	@Test
	void offersAnyKeyFirstThenTheKeysByTheirLabels() {
		String html = MatrixPage.keyOptions(List.of("1", "2"), "2", messages(), VI);

		assertThat(html).isEqualTo("<option value=\"\">Tất cả</option><option value=\"1\">Nhóm 1</option>"
				+ "<option value=\"2\" selected=\"selected\">Nhóm &lt;2&gt;</option>");
		assertThat(MatrixPage.keyOptions(List.of("1"), null, messages(), VI)).doesNotContain("selected");
	}

	@Test
	void offersAnyHelperFirstThenTheHelpersEscapedTheChosenOneById() {
		List<HelperDirectory.HelperEntry> helpers = List.of(new HelperDirectory.HelperEntry(7, "Giám đốc – Sở NN&MT"),
				new HelperDirectory.HelperEntry(1234567890123L, "<script>alert(1)</script>"));

		assertThat(MatrixPage.helperOptions(helpers, 1234567890123L, messages(), VI))
			.isEqualTo("<option value=\"\">Tất cả</option><option value=\"7\">Giám đốc – Sở NN&amp;MT</option>"
					+ "<option value=\"1234567890123\" selected=\"selected\">&lt;script&gt;alert(1)&lt;/script&gt;</option>");
		assertThat(MatrixPage.helperOptions(helpers, null, messages(), VI)).doesNotContain("selected");
	}

	@Test
	void headsEachCriterionColumnWithItsNumberAndNameAsTitle() {
		String html = MatrixPage.headings(List.of(criterion(1, "Quy hoạch"), criterion(10, "\"An ninh\" & <trật tự>")));

		assertThat(html).isEqualTo("<th scope=\"col\" title=\"Quy hoạch\">1</th>"
				+ "<th scope=\"col\" title=\"&quot;An ninh&quot; &amp; &lt;trật tự&gt;\">10</th>");
	}

	private static Catalog.SetView set(String code, String name) {
		return new Catalog.SetView(1, code, name, "QĐ", LocalDate.of(2026, 1, 1), null, CriteriaLevel.BASIC,
				ThresholdKey.COMMUNE_GROUP, null, null, true, "test", 10, 47);
	}

	private static Catalog.CriterionView criterion(int number, String name) {
		return new Catalog.CriterionView(number, number, name, "I", "Nhóm I", true, true, "test", List.of());
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("program.periodLabel.YEAR", VI, "Năm {0}");
		messages.addMessage("program.periodLabel.NINE_MONTHS", VI, "9 tháng năm {0}");
		messages.addMessage("program.periodLabel.HALF_YEAR", VI, "6 tháng năm {0}");
		messages.addMessage("program.matrix.anyKey", VI, "Tất cả");
		messages.addMessage("program.matrix.anyHelper", VI, "Tất cả");
		messages.addMessage("program.key.1", VI, "Nhóm 1");
		messages.addMessage("program.key.2", VI, "Nhóm <2>");
		return messages;
	}
}
