package vn.giupxa.program;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.support.Sessions;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stored criterion results equal what the scorecard computes from the raw values (in Java, an
 * independent evaluation) after SQL-loaded data, value entries, imports, threshold changes and regrouping.
 */
@IntegrationTest
class CriterionResultsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scorecards scorecards;

	@Autowired
	Catalog catalog;

	@Autowired
	Territory territory;

	@Test
	void scorecardsLoadedBySqlAreComputedWhenFirstReadAndMatchTheirScorecards() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/api/v1/criteria-summary").param("province", "15").param("period", "2026").cookie(office))
			.andExpect(status().isOk());
		long demoScorecards = jdbc.sql("""
				SELECT count(*) FROM criteria_assessment a JOIN criteria_set s ON s.id = a.set_id
				WHERE s.code = 'XA-NTM-2026-2030' AND a.period = '2026'""").query(Long.class).single();
		assertThat(demoScorecards).isGreaterThanOrEqualTo(4);
		assertThat(storedScorecards("XA-NTM-2026-2030", "2026")).isEqualTo(demoScorecards);
		assertStoredResultsMatchTheScorecards();
		// 02848: every criterion but digital transformation
		assertThat(metCount("02848", "XA-NTM-2026-2030", "2026")).isEqualTo(9);
	}

	@Test
	void resultsFollowEntriesImportsThresholdsAndRegrouping() throws Exception {
		jdbc.sql("""
				INSERT INTO criteria_set (code, name, legal_basis, valid_from, valid_to, level, threshold_key, verified, source)
				VALUES ('TEST-RES', 'Bộ tiêu chí kiểm thử', 'Kiểm thử', DATE '2026-01-01', DATE '2030-12-31', 'PROVINCE',
				        'COMMUNE_GROUP', false, 'test')""").update();
		jdbc.sql("""
				INSERT INTO criterion (set_id, number, name, verified, source)
				SELECT id, n, 'Tiêu chí ' || n, false, 'test' FROM criteria_set, generate_series(1, 2) n WHERE code = 'TEST-RES'""")
			.update();
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		// 02839 is in group 3 (threshold 50), 03037 in group 2 (threshold 60)
		importWorkbook(office, new String[][] {
				{ "TEST-RES", "1", "R.1", "Tỷ lệ kiểm thử", "%", "≥", "2", "", "60" },
				{ "TEST-RES", "1", "R.1", "Tỷ lệ kiểm thử", "%", "≥", "3", "", "50" },
				{ "TEST-RES", "2", "R.2", "Có mô hình kiểm thử", "", "đạt", "", "", "" } }, new String[0][]);
		importWorkbook(office, new String[0][], new String[][] {
				{ "02839", "TEST-RES", "2030", "R.1", "55" }, { "02839", "TEST-RES", "2030", "R.2", "", "có" },
				{ "03037", "TEST-RES", "2030", "R.1", "55" }, { "03037", "TEST-RES", "2030", "R.2", "", "không" } });
		assertStoredResultsMatchTheScorecards();
		assertThat(metCount("02839", "TEST-RES", "2030")).isEqualTo(2);
		assertThat(metCount("03037", "TEST-RES", "2030")).isZero();

		// The commune lowers its value below its group's 50
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(post("/communes/02839/scorecard/values").with(csrf()).cookie(commune)
			.param("set", "TEST-RES").param("period", "2030").param("indicator", "R.1").param("value", "45"))
			.andExpect(status().is3xxRedirection());
		assertStoredResultsMatchTheScorecards();
		assertThat(metCount("02839", "TEST-RES", "2030")).isEqualTo(1);

		// A threshold for 2030 only: group 3 needs 40
		importWorkbook(office, new String[][] { { "TEST-RES", "1", "R.1", "Tỷ lệ kiểm thử", "%", "≥", "3", "2030", "40" } },
				new String[0][]);
		assertStoredResultsMatchTheScorecards();
		assertThat(metCount("02839", "TEST-RES", "2030")).isEqualTo(2);

		// 03037 moves to group 3 from 2030: 55 ≥ 40 now meets criterion 1
		mvc.perform(post("/communes/03037/classifications").with(csrf()).cookie(office)
			.param("kind", "COMMUNE_GROUP").param("value", "3").param("validFrom", "2030-01-01").param("decidedBy", "Kiểm thử"))
			.andExpect(status().is3xxRedirection());
		assertStoredResultsMatchTheScorecards();
		assertThat(metCount("03037", "TEST-RES", "2030")).isEqualTo(1);

		mvc.perform(get("/api/v1/criteria-summary").param("province", "15").param("set", "TEST-RES").param("period", "2030")
				.cookie(office))
			.andExpect(jsonPath("$.byMetCount['2']").value(1))
			.andExpect(jsonPath("$.byMetCount['1']").value(1))
			.andExpect(jsonPath("$.allMet").value(1));
	}

	/** Every stored result, criterion by criterion, equals the scorecard evaluated in Java from the raw values. */
	private void assertStoredResultsMatchTheScorecards() {
		record Stored(long assessmentId, String unitCode, String setCode, String period, long metCount) {
		}
		List<Stored> stored = jdbc.sql("""
				SELECT a.id, u.code, s.code AS set_code, a.period, r.met_count
				FROM assessment_result r JOIN criteria_assessment a ON a.id = r.assessment_id
				JOIN administrative_unit u ON u.id = a.unit_id JOIN criteria_set s ON s.id = a.set_id""")
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("code"), rs.getString("set_code"),
					rs.getString("period"), rs.getLong("met_count")))
			.list();
		assertThat(stored).isNotEmpty();
		for (Stored result : stored) {
			ReportingPeriod period = ReportingPeriod.parse(result.period());
			UnitView commune = territory.findByCode(result.unitCode(), period.start()).orElseThrow();
			Scorecards.ScorecardView card = scorecards.scorecard(commune, catalog.set(result.setCode()).orElseThrow(), period);
			Map<Integer, Boolean> expected = new HashMap<>();
			card.criteria().stream().filter(c -> !c.indicators().isEmpty())
				.forEach(c -> expected.put(c.criterion().number(), c.met()));
			Map<Integer, Boolean> actual = new HashMap<>();
			jdbc.sql("SELECT c.number, r.met FROM criterion_result r JOIN criterion c ON c.id = r.criterion_id WHERE r.assessment_id = ?")
				.param(result.assessmentId())
				.query((rs, row) -> actual.put(rs.getInt("number"), (Boolean) rs.getObject("met")))
				.list();
			assertThat(actual).as("%s %s %s", result.unitCode(), result.setCode(), result.period()).isEqualTo(expected);
			assertThat(result.metCount()).as("n met of %s %s %s", result.unitCode(), result.setCode(), result.period())
				.isEqualTo(card.metCount());
		}
	}

	@Test
	void aScorecardWrittenBySqlAfterAReadIsComputedOnTheNextRead() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/api/v1/criteria-summary").param("province", "15").param("period", "2028").cookie(office))
			.andExpect(status().isOk());
		long before = storedScorecards("XA-NTM-2026-2030", "2028");
		jdbc.sql("""
				INSERT INTO criteria_assessment (unit_id, set_id, period, status, changed_at, illustrative)
				SELECT u.id, (SELECT id FROM criteria_set WHERE code = 'XA-NTM-2026-2030'), '2028', 'DRAFT', now(), true
				FROM administrative_unit u
				WHERE u.level = 'COMMUNE' AND u.code = '02839' AND u.valid_to IS NULL
				  AND NOT EXISTS (SELECT 1 FROM criteria_assessment a WHERE a.unit_id = u.id AND a.period = '2028')""").update();

		mvc.perform(get("/api/v1/criteria-summary").param("province", "15").param("period", "2028").cookie(office))
			.andExpect(status().isOk());

		assertThat(storedScorecards("XA-NTM-2026-2030", "2028")).isEqualTo(before + 1);
		assertStoredResultsMatchTheScorecards();
	}

	private long storedScorecards(String set, String period) {
		return jdbc.sql("""
				SELECT count(*) FROM assessment_result r JOIN criteria_assessment a ON a.id = r.assessment_id
				JOIN criteria_set s ON s.id = a.set_id WHERE s.code = ? AND a.period = ?""")
			.param(set).param(period).query(Long.class).single();
	}

	private long metCount(String commune, String set, String period) {
		return jdbc.sql("""
				SELECT r.met_count FROM assessment_result r JOIN criteria_assessment a ON a.id = r.assessment_id
				JOIN criteria_set s ON s.id = a.set_id JOIN administrative_unit u ON u.id = a.unit_id
				WHERE u.code = ? AND u.valid_from = DATE '2025-07-01' AND s.code = ? AND a.period = ?""")
			.param(commune).param(set).param(period).query(Long.class).single();
	}

	private void importWorkbook(Cookie session, String[][] indicators, String[][] values) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(workbook, XlsxLayout.INDICATORS, XlsxLayout.INDICATOR_COLUMNS, indicators);
			sheet(workbook, XlsxLayout.VALUES, XlsxLayout.VALUE_COLUMNS, values);
			workbook.write(out);
			var response = mvc.perform(multipart("/criteria/import")
				.file(new MockMultipartFile("file", "kiem-thu.xlsx", "application/octet-stream", out.toByteArray()))
				.with(csrf()).cookie(session))
				.andReturn().getResponse();
			String problems = HtmlUtils.htmlUnescape(response.getContentAsString()).lines()
				.filter(line -> line.contains("Trang ")).collect(java.util.stream.Collectors.joining("\n"));
			assertThat(response.getStatus()).as(problems).isEqualTo(302);
		}
	}

	private static void sheet(XSSFWorkbook workbook, String name, List<String> columns, String[][] rows) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			header.createCell(i).setCellValue(columns.get(i));
		}
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < rows[r].length; c++) {
				row.createCell(c).setCellValue(rows[r][c]);
			}
		}
	}
}
