package vn.giupxa.assignment;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo decision 05/QĐ-UBND downloaded as DOCX (Decree 30 layout) and XLSX, read back as a clerk would; and a
 * Hà Nội fixture decision whose agency was renamed after it was signed.
 */
@IntegrationTest
class DecisionExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDocxHasTheNationalMottoHeaderNumberDateSignatureBlockAndAnnexInTimesNewRoman() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		byte[] docx = mvc.perform(get("/assignments/decisions/1/export.docx").cookie(office))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
			.andReturn().getResponse().getContentAsByteArray();

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Số: 05/QĐ-UBND", "Lào Cai, ngày 05 tháng 01 năm 2026", "QUYẾT ĐỊNH", "Nơi nhận:",
					"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Minh", "PHỤ LỤC");
			XWPFTable header = document.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 05/QĐ-UBND");
			assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			XWPFTable annex = document.getTables().get(document.getTables().size() - 1);
			assertThat(annex.getRow(0).getCell(1).getText()).isEqualTo("Xã");
			assertThat(annex.getRows()).hasSizeGreaterThanOrEqualTo(13);
			assertThat(annex.getRows().stream().map(row -> row.getCell(2).getText()).toList())
				.contains("Phó Giám đốc phụ trách nông thôn mới – Sở NN&MT", "Chè Tân Hoa");
			List<XWPFRun> runs = document.getParagraphs().stream().map(XWPFParagraph::getRuns).flatMap(List::stream).toList();
			assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
		}
	}

	@Test
	void pagesAreNumberedFromPageTwoAtTheTopCentreAndTheAnnexIsALandscapeSection() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		byte[] docx = mvc.perform(get("/assignments/decisions/1/export.docx").cookie(office))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<IBodyElement> body = document.getBodyElements();
			int sectionBreak = IntStream.range(0, body.size())
				.filter(i -> body.get(i) instanceof XWPFParagraph p && p.getCTP().getPPr() != null
						&& p.getCTP().getPPr().isSetSectPr())
				.findFirst().orElseThrow();
			CTSectPr decision = ((XWPFParagraph) body.get(sectionBreak)).getCTP().getPPr().getSectPr();
			assertThat(decision.isSetTitlePg()).as("no number on the first page").isTrue();
			assertThat(decision.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
			assertThat(body.subList(0, sectionBreak)).anySatisfy(element -> assertThat(element)
				.isInstanceOfSatisfying(XWPFTable.class, table -> assertThat(table.getText()).contains("Nơi nhận:")));

			CTSectPr annex = document.getDocument().getBody().getSectPr();
			assertThat(annex.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
			assertThat(new BigInteger(annex.getPgSz().getW().toString())).isGreaterThan(new BigInteger(annex.getPgSz().getH().toString()));
			assertThat(annex.isSetTitlePg()).as("the annex's first page is numbered").isFalse();
			assertThat(body.subList(sectionBreak, body.size())).anySatisfy(element -> assertThat(element)
				.isInstanceOfSatisfying(XWPFTable.class, table -> assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Xã")));

			XWPFHeaderFooterPolicy headers = document.getHeaderFooterPolicy();
			XWPFParagraph number = headers.getDefaultHeader().getParagraphs().get(0);
			assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(number.getCTP().xmlText()).contains("PAGE").contains("fldChar");
			assertThat(headers.getFirstPageHeader().getText()).isBlank();
			assertThat(headers.getFirstPageHeader().getParagraphs().stream().map(p -> p.getCTP().xmlText()))
				.noneMatch(xml -> xml.contains("PAGE"));
		}
	}

	@Test
	void anIssuedDecisionPrintsTheAgencyNamesInForceOnItsDateEvenAfterTheAgencyWasRenamed() throws Exception {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		long hanoi = f.unit("PROVINCE", "01", LocalDate.of(2025, 7, 1));
		long baDinh = f.unit("COMMUNE", "00004", LocalDate.of(2025, 7, 1));
		long agency = f.agency(hanoi, "Sở Tên Mới");
		jdbc.sql("UPDATE agency SET short_name = :s WHERE id = :a").param("s", "SỞ MỚI " + f.suffix).param("a", agency)
			.update();
		jdbc.sql("""
				INSERT INTO agency_rename (agency_id, old_name, old_short_name, new_name, new_short_name, effective_on)
				VALUES (:a, :oldName, :oldShort, :newName, :newShort, DATE '2040-06-01')""").param("a", agency)
			.param("oldName", "Sở Tên Cũ " + f.suffix).param("oldShort", "SỞ CŨ " + f.suffix)
			.param("newName", "Sở Tên Mới " + f.suffix).param("newShort", "SỞ MỚI " + f.suffix).update();
		long head = f.position(agency, "Giám đốc", "HEAD");
		long before = f.issuedDecision(hanoi, 2040); // signed 02/01/2040, before the rename
		f.assignment(before, agency, head, baDinh, LocalDate.of(2040, 1, 2));
		long after = f.issuedDecision(hanoi, 2041);
		f.assignment(after, agency, head, baDinh, LocalDate.of(2041, 1, 2));
		Cookie admin = Sessions.loginDemo(mvc, "admin");

		byte[] docx = mvc.perform(get("/assignments/decisions/{id}/export.docx", before).cookie(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable annex = document.getTables().get(document.getTables().size() - 1);
			assertThat(annex.getRow(1).getCell(2).getText()).isEqualTo("Giám đốc – SỞ CŨ " + f.suffix);
		}
		byte[] xlsx = mvc.perform(get("/assignments/decisions/{id}/export.xlsx", before).cookie(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheet("Phân công").getRow(3).getCell(2).getStringCellValue())
				.isEqualTo("Giám đốc – SỞ CŨ " + f.suffix);
		}
		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/assignments/decisions/{id}", before).cookie(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Giám đốc – SỞ CŨ " + f.suffix, "Sở Tên Cũ " + f.suffix)
			.doesNotContain("SỞ MỚI " + f.suffix, "Sở Tên Mới " + f.suffix);

		String later = HtmlUtils.htmlUnescape(mvc.perform(get("/assignments/decisions/{id}", after).cookie(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(later).contains("Giám đốc – SỞ MỚI " + f.suffix).doesNotContain("SỞ CŨ " + f.suffix);
	}

	@Test
	void theXlsxListsOneRowPerAssignment() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		byte[] xlsx = mvc.perform(get("/assignments/decisions/1/export.xlsx").cookie(office))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Phân công");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Quyết định số 05/QĐ-UBND");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Xã");
			assertThat(sheet.getLastRowNum() - 2).isGreaterThanOrEqualTo(12);
			assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1);
		}
	}
}
