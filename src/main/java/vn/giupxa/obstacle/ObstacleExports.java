package vn.giupxa.obstacle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The register as XLSX and the proposals digest as DOCX (Times New Roman, as official documents are). */
@Component
class ObstacleExports {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String FONT = "Times New Roman";

	private final MessageSource messages;

	ObstacleExports(MessageSource messages) {
		this.messages = messages;
	}

	byte[] registerXlsx(List<ObstacleRegister.Row> rows, Map<String, String> categoryNames, Locale locale)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("obstacle.export.sheet", locale));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			String[] columns = { "obstacle.export.number", "obstacle.kind", "obstacle.title", "obstacle.category",
					"obstacle.commune", "obstacle.commune.code", "obstacle.level", "obstacle.state", "obstacle.raisedBy",
					"obstacle.raisedOn", "obstacle.dueOn", "obstacle.overdue", "obstacle.component", "obstacle.criterion" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < columns.length; i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(text(columns[i], locale));
				cell.setCellStyle(header);
			}
			int r = 1;
			for (ObstacleRegister.Row row : rows) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.id());
				line.createCell(1).setCellValue(text("obstacle.kind." + row.kind(), locale));
				line.createCell(2).setCellValue(row.title());
				line.createCell(3).setCellValue(categoryNames.getOrDefault(row.category(), row.category()));
				line.createCell(4).setCellValue(row.communeName());
				line.createCell(5).setCellValue(row.communeCode());
				line.createCell(6).setCellValue(text("obstacle.level." + row.level(), locale));
				line.createCell(7).setCellValue(text("obstacle.state." + row.state(), locale));
				line.createCell(8).setCellValue(row.raisedBy());
				line.createCell(9).setCellValue(DATE.format(row.raisedOn()));
				line.createCell(10).setCellValue(DATE.format(row.dueOn()));
				line.createCell(11).setCellValue(row.overdue() ? text("common.yes", locale) : text("common.no", locale));
				if (row.component() != null) {
					line.createCell(12).setCellValue(row.component());
				}
				if (row.criterion() != null) {
					line.createCell(13).setCellValue(row.criterion());
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
	}

	byte[] digestDocx(ProposalDigest.Digest digest, Locale locale) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, text("obstacle.digest.heading", locale), true, 14, ParagraphAlignment.CENTER);
			paragraph(document, text("obstacle.digest.period", locale, DATE.format(digest.from()), DATE.format(digest.to())),
					false, 13, ParagraphAlignment.CENTER);
			paragraph(document, text("obstacle.digest.total", locale, digest.total()), false, 13, ParagraphAlignment.BOTH);
			int group = 1;
			for (ProposalDigest.Group g : digest.groups()) {
				paragraph(document, group++ + ". " + g.category() + " (" + g.items().size() + ")", true, 13,
						ParagraphAlignment.LEFT);
				for (ProposalDigest.Item item : g.items()) {
					paragraph(document, "- " + item.communeName() + ": " + item.title(), true, 13, ParagraphAlignment.BOTH);
					paragraph(document, item.description(), false, 13, ParagraphAlignment.BOTH);
					if (item.answer() != null) {
						paragraph(document, text("obstacle.digest.answer", locale, item.answer()), false, 13,
								ParagraphAlignment.BOTH);
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void paragraph(XWPFDocument document, String content, boolean bold, int size,
			ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(content);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
