package vn.giupxa.assignment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The decision as a DOCX in the layout of Decree 30/2020/NĐ-CP: A4, Times New Roman, the two-column header
 * (issuing body and number left; national motto, place and date right), the title, the body, the annex table of
 * assignments and the closing with "Nơi nhận" and the signature block; page numbers from page 2, the annex in a
 * landscape section. The document text is Vietnamese by law.
 */
final class DecisionDocx {

	static final String FONT = "Times New Roman";

	private static final BigInteger A4_SHORT = BigInteger.valueOf(11906);

	private static final BigInteger A4_LONG = BigInteger.valueOf(16838);

	private DecisionDocx() {
	}

	static byte[] write(DecisionDocument doc) {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(word);
			header(word, doc);
			AssignmentDecision d = doc.decision();
			paragraph(word, ParagraphAlignment.CENTER, "QUYẾT ĐỊNH", 14, true, false);
			paragraph(word, ParagraphAlignment.CENTER, d.getTitle(), 14, true, false);
			paragraph(word, ParagraphAlignment.CENTER, "ỦY BAN NHÂN DÂN " + doc.issuer().name().toUpperCase(Locale.ROOT)
				.replaceFirst("^(TỈNH|HUYỆN) ", ""), 14, true, false);
			if (d.getLegalBasis() != null) {
				for (String basis : d.getLegalBasis().split("\\R")) {
					paragraph(word, ParagraphAlignment.BOTH, basis, 14, false, true);
				}
			}
			paragraph(word, ParagraphAlignment.CENTER, "QUYẾT ĐỊNH:", 14, true, false);
			paragraph(word, ParagraphAlignment.BOTH, "Điều 1. Phân công lãnh đạo các cơ quan, đơn vị giúp đỡ các xã "
					+ "thực hiện các Chương trình mục tiêu quốc gia năm " + d.getYear()
					+ " (chi tiết tại Phụ lục kèm theo). Khi lãnh đạo được phân công thay đổi vị trí công tác, lãnh đạo "
					+ "mới của cơ quan, đơn vị tiếp tục thực hiện nhiệm vụ cho đến khi có quyết định phân công mới.",
					14, false, false);
			paragraph(word, ParagraphAlignment.BOTH, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", 14, false,
					false);
			closing(word, d);
			annex(word, doc);
			word.write(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/**
	 * A4 portrait with the page number centred in the top margin on every page but the first: a default header
	 * with the PAGE field, an empty first-page header and "different first page" (titlePg).
	 */
	private static void page(XWPFDocument word) {
		CTSectPr section = word.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(A4_SHORT);
		size.setH(A4_LONG);
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1134)); // 20 mm
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1701)); // 30 mm
		margins.setRight(BigInteger.valueOf(1134));
		margins.setHeader(BigInteger.valueOf(567)); // the number sits 10 mm from the top edge
		section.addNewTitlePg();
		word.createHeader(HeaderFooterType.FIRST);
		XWPFParagraph number = word.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		fieldRun(number).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		fieldRun(number).getCTR().addNewInstrText().setStringValue(" PAGE ");
		fieldRun(number).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		fieldRun(number).setText("2");
		fieldRun(number).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private static XWPFRun fieldRun(XWPFParagraph paragraph) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(14);
		return run;
	}

	/**
	 * Ends the portrait section with a section break (a copy of its properties on an empty paragraph) and turns
	 * the last section, which holds the annex's wide table, landscape; its first page is numbered too.
	 */
	private static void landscapeFromHere(XWPFDocument word) {
		CTSectPr last = word.getDocument().getBody().getSectPr();
		word.createParagraph().getCTP().addNewPPr().setSectPr((CTSectPr) last.copy());
		last.getPgSz().setW(A4_LONG);
		last.getPgSz().setH(A4_SHORT);
		last.getPgSz().setOrient(STPageOrientation.LANDSCAPE);
		last.unsetTitlePg();
	}

	private static void header(XWPFDocument word, DecisionDocument doc) {
		AssignmentDecision d = doc.decision();
		XWPFTable table = word.createTable(1, 2);
		table.removeBorders();
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		cellLine(left, "ỦY BAN NHÂN DÂN", 13, true, false, true);
		cellLine(left, doc.issuer().name().toUpperCase(Locale.ROOT), 13, true, false, false);
		cellLine(left, "Số: " + (d.getNumber() != null ? d.getNumber() : "      /QĐ-UBND"), 13, false, false, false);
		cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false, true);
		cellLine(right, "Độc lập - Tự do - Hạnh phúc", 14, true, false, false);
		String date = d.getSignedOn() == null ? ", ngày      tháng      năm " + d.getYear()
				: ", ngày %02d tháng %02d năm %d".formatted(d.getSignedOn().getDayOfMonth(),
						d.getSignedOn().getMonthValue(), d.getSignedOn().getYear());
		cellLine(right, doc.placeName() + date, 14, false, true, false);
	}

	private static void closing(XWPFDocument word, AssignmentDecision d) {
		XWPFTable table = word.createTable(1, 2);
		table.removeBorders();
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		cellLine(left, "Nơi nhận:", 12, true, true, true).setAlignment(ParagraphAlignment.LEFT);
		for (String recipient : List.of("- Như Điều 1;", "- Các cơ quan, đơn vị được phân công;",
				"- UBND các xã được giúp đỡ;", "- Lưu: VT, VPĐP.")) {
			cellLine(left, recipient, 11, false, false, false).setAlignment(ParagraphAlignment.LEFT);
		}
		cellLine(right, "TM. ỦY BAN NHÂN DÂN", 13, true, false, true);
		cellLine(right, d.getSignerTitle() == null ? "CHỦ TỊCH" : d.getSignerTitle().toUpperCase(Locale.ROOT), 13, true,
				false, false);
		cellLine(right, " ", 13, false, false, false);
		cellLine(right, " ", 13, false, false, false);
		cellLine(right, d.getSignerName() == null ? "" : d.getSignerName(), 14, true, false, false);
	}

	private static void annex(XWPFDocument word, DecisionDocument doc) {
		landscapeFromHere(word);
		paragraph(word, ParagraphAlignment.CENTER, "PHỤ LỤC", 14, true, false);
		paragraph(word, ParagraphAlignment.CENTER, "DANH SÁCH PHÂN CÔNG GIÚP ĐỠ XÃ", 13, true, false);
		paragraph(word, ParagraphAlignment.CENTER, "(Kèm theo Quyết định số " + doc.decision().displayNumber() + ")",
				13, false, true);
		XWPFTable table = word.createTable(1, 6);
		List<String> headings = List.of("STT", "Xã", "Lãnh đạo được phân công", "Người giữ chức vụ",
				"Tổ giúp việc", "Thời hạn");
		XWPFTableRow head = table.getRow(0);
		for (int i = 0; i < headings.size(); i++) {
			cellLine(head.getCell(i), headings.get(i), 12, true, false, true);
		}
		int number = 1;
		for (DecisionDocument.Line line : doc.lines()) {
			XWPFTableRow row = table.createRow();
			List<String> cells = List.of(String.valueOf(number++), line.commune(), line.helper(), line.holder(),
					line.team(), line.term());
			for (int i = 0; i < cells.size(); i++) {
				cellLine(row.getCell(i), cells.get(i), 12, false, false, true);
			}
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument word, ParagraphAlignment alignment, String text, int size,
			boolean bold, boolean italic) {
		XWPFParagraph paragraph = word.createParagraph();
		paragraph.setAlignment(alignment);
		run(paragraph, text, size, bold, italic);
		return paragraph;
	}

	/** Writes a line in a table cell; {@code first} re-uses the cell's empty paragraph. */
	private static XWPFParagraph cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic,
			boolean first) {
		XWPFParagraph paragraph = first && cell.getParagraphs().size() == 1 && cell.getText().isEmpty()
				? cell.getParagraphs().get(0) : cell.addParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		run(paragraph, text, size, bold, italic);
		return paragraph;
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
	}
}
