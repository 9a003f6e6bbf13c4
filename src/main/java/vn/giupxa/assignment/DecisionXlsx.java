package vn.giupxa.assignment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The decision's annex as a spreadsheet: a title row, then one row per assignment. */
final class DecisionXlsx {

	static final List<String> HEADINGS = List.of("STT", "Xã", "Lãnh đạo được phân công", "Người giữ chức vụ",
			"Tổ giúp việc", "Thời hạn");

	private DecisionXlsx() {
	}

	static byte[] write(DecisionDocument doc) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Phân công");
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setFontName(DecisionDocx.FONT);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue("Quyết định số " + doc.decision().displayNumber() + " – "
					+ doc.decision().getTitle());
			title.getCell(0).setCellStyle(heading);
			Row head = sheet.createRow(2);
			for (int i = 0; i < HEADINGS.size(); i++) {
				head.createCell(i).setCellValue(HEADINGS.get(i));
				head.getCell(i).setCellStyle(heading);
			}
			int rowNumber = 3;
			for (DecisionDocument.Line line : doc.lines()) {
				Row row = sheet.createRow(rowNumber);
				row.createCell(0).setCellValue(rowNumber - 2);
				List<String> cells = List.of(line.commune(), line.helper(), line.holder(), line.team(), line.term());
				for (int i = 0; i < cells.size(); i++) {
					row.createCell(i + 1).setCellValue(cells.get(i));
				}
				rowNumber++;
			}
			for (int i = 0; i < HEADINGS.size(); i++) {
				sheet.setColumnWidth(i, i == 0 ? 6 * 256 : 32 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}
}
