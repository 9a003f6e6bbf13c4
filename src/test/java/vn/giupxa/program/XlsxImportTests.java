package vn.giupxa.program;

import java.io.ByteArrayOutputStream;

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
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The XLSX import checks the whole workbook, reports every bad row by sheet, row and column, and writes all or nothing. */
@IntegrationTest
class XlsxImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyBadRowIsNamedAndNothingIsWritten() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		byte[] file = workbook(
				new String[] { "02839", "XA-NTM-2026-2030", "2028", "2.1", "80" },
				new String[] { "02839", "XA-NTM-2026-2030", "2028", "4.1", "140" },
				new String[] { "02839", "XA-NTM-2026-2030", "2028", "9.9", "1" },
				new String[] { "02701", "XA-NTM-2026-2030", "2028", "2.1", "50" },
				new String[] { "02839", "XA-NTM-2026-2030", "2024", "2.1", "50" },
				new String[] { "02839", "XA-NTM-2026-2030", "2028", "2.1", "81" });
		String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/criteria/import")
			.file(new MockMultipartFile("file", "sai.xlsx", "application/octet-stream", file))
			.with(csrf()).cookie(commune))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Chưa ghi dòng nào")
			.contains("Trang GiaTri, dòng 3, cột E (Giá trị)", "không được lớn hơn 100")
			.contains("Trang GiaTri, dòng 4, cột D (Mã chỉ tiêu)", "9.9")
			.contains("Trang GiaTri, dòng 5, cột A (Mã xã)")
			.contains("Trang GiaTri, dòng 6, cột C (Kỳ)")
			.contains("Trang GiaTri, dòng 7, cột D (Mã chỉ tiêu)", "trùng");
		assertThat(valuesIn("2028")).isZero();
	}

	@Test
	void aGoodWorkbookIsWrittenInOneGoAndAudited() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		byte[] file = workbook(new String[] { "02839", "XA-NTM-2026-2030", "2029", "2.1", "80" },
				new String[] { "02839", "XA-NTM-2026-2030", "2029", "1.1", "", "có" });
		mvc.perform(multipart("/criteria/import").file(new MockMultipartFile("file", "dung.xlsx", "application/octet-stream", file))
			.with(csrf()).cookie(commune))
			.andExpect(status().is3xxRedirection());
		assertThat(valuesIn("2029")).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'IMPORT' AND detail LIKE 'dung.xlsx%'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theExportOfASetReadsBackInTheSameLayout() throws Exception {
		byte[] exported = mvc.perform(get("/criteria-sets/XA-NTM-2026-2030/export.xlsx"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(exported))) {
			Sheet sheet = workbook.getSheet(XlsxLayout.INDICATORS);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(18);
		}
	}

	private long valuesIn(String period) {
		return jdbc.sql("""
				SELECT count(*) FROM assessment_value v JOIN criteria_assessment a ON a.id = v.assessment_id
				JOIN administrative_unit u ON u.id = a.unit_id WHERE u.code = '02839' AND a.period = ?""")
			.param(period).query(Long.class).single();
	}

	private static byte[] workbook(String[]... rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(XlsxLayout.VALUES);
			Row header = sheet.createRow(0);
			for (int i = 0; i < XlsxLayout.VALUE_COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(XlsxLayout.VALUE_COLUMNS.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
