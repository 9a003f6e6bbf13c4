package vn.giupxa.program;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one XLSX layout of the module: the export writes it, the template is it without rows, the
 * import reads it. Sheet and column names are Vietnamese, as officials read them.
 */
final class XlsxLayout {

	static final String INDICATORS = "ChiTieu";

	static final String VALUES = "GiaTri";

	static final String TARGETS = "KeHoach";

	static final List<String> INDICATOR_COLUMNS = List.of("Mã bộ tiêu chí", "Số tiêu chí", "Mã chỉ tiêu", "Tên chỉ tiêu",
			"Đơn vị", "So sánh (≥ ≤ = đạt)", "Vùng/nhóm", "Năm", "Ngưỡng");

	static final List<String> VALUE_COLUMNS = List.of("Mã xã", "Mã bộ tiêu chí", "Kỳ", "Mã chỉ tiêu", "Giá trị",
			"Đạt (có/không)", "Minh chứng");

	static final List<String> TARGET_COLUMNS = List.of("Mã đơn vị", "Mã chương trình", "Số hiệu mục", "Mã bộ tiêu chí",
			"Mã chỉ tiêu", "Tên chỉ tiêu kế hoạch", "Đơn vị tính", "Kỳ", "Kế hoạch", "Thực hiện (kỳ gần nhất)");

	private XlsxLayout() {
	}

	/** A streaming workbook with the three sheets and their headers; rows are appended by the caller. */
	static SXSSFWorkbook workbook() {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		header(workbook.createSheet(INDICATORS), INDICATOR_COLUMNS, bold);
		header(workbook.createSheet(VALUES), VALUE_COLUMNS, bold);
		header(workbook.createSheet(TARGETS), TARGET_COLUMNS, bold);
		return workbook;
	}

	static void append(Workbook workbook, String sheetName, Object... values) {
		Sheet sheet = workbook.getSheet(sheetName);
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof BigDecimal number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	static byte[] bytes(SXSSFWorkbook workbook) {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static void header(Sheet sheet, List<String> columns, CellStyle style) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(style);
			sheet.setColumnWidth(i, 18 * 256);
		}
	}
}
