package vn.giupxa.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class MatrixRowsTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Test
	void writesOneCellPerCriterionInTheirOrderWithTheResultInWords() {
		String html = MatrixRows.html(List.of(new ProvinceMatrix.CommuneRow("02839", "Xã Bắc Hà", "1", 1, 4,
				Map.of(1, true, 3, false))), List.of(criterion(1), criterion(2), criterion(3), criterion(4)), "XA-NTM-2026-2030", "2026",
				messages(), VI);

		assertThat(html).isEqualTo("<tr><th scope=\"row\"><a href=\"/communes/02839/scorecard?set=XA-NTM-2026-2030"
				+ "&amp;period=2026\">Xã Bắc Hà</a></th><td>Nhóm 1</td>"
				+ "<td class=\"table-success\" title=\"Đạt\">✓</td>"
				+ "<td class=\"table-light\" title=\"Chưa nhập\">·</td>"
				+ "<td class=\"table-danger\" title=\"Không đạt\">✗</td>"
				+ "<td class=\"table-light\" title=\"Chưa nhập\">·</td><td>1/4</td></tr>\n");
	}

	@Test
	void escapesNamesAndAddressesAndMarksCommunesTwoCriteriaShort() {
		String html = MatrixRows.html(List.of(new ProvinceMatrix.CommuneRow("0<1>", "Xã \"A\" & <script>x</script>",
				null, 8, 10, Map.of())), List.of(criterion(1)), "SET&1", "2026-6T", messages(), VI);

		assertThat(html).contains("href=\"/communes/0%3C1%3E/scorecard?set=SET%261&amp;period=2026-6T\"")
			.contains("Xã &quot;A&quot; &amp; &lt;script&gt;x&lt;/script&gt;</a>")
			.contains("<span class=\"badge text-bg-warning\">thiếu ≤ 2</span>")
			.contains("<td>—</td>")
			.doesNotContain("<script>");
	}

	private static Catalog.CriterionView criterion(int number) {
		return new Catalog.CriterionView(number, number, "Tiêu chí " + number, "I", "Nhóm I", true, true, "test",
				List.of());
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("program.met.true", VI, "Đạt");
		messages.addMessage("program.met.false", VI, "Không đạt");
		messages.addMessage("program.met.unknown", VI, "Chưa nhập");
		messages.addMessage("program.matrix.nearlyBadge", VI, "thiếu ≤ 2");
		messages.addMessage("program.key.1", VI, "Nhóm 1");
		return messages;
	}
}
