import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the CSV of values.sql as the application's XLSX layout (sheet "GiaTri", the header row of
 * program.XlsxLayout.VALUE_COLUMNS). Run as a single-file program with POI on the class path:
 * java -cp 'lib/*' ValuesWorkbook.java values.csv values.xlsx
 */
public class ValuesWorkbook {

	private static final List<String> COLUMNS = List.of("Mã xã", "Mã bộ tiêu chí", "Kỳ", "Mã chỉ tiêu", "Giá trị",
			"Đạt (có/không)", "Minh chứng");

	public static void main(String[] args) throws Exception {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500);
				BufferedReader csv = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
				OutputStream out = new FileOutputStream(args[1])) {
			workbook.setCompressTempFiles(true);
			workbook.createSheet("ChiTieu").createRow(0).createCell(0).setCellValue("Mã bộ tiêu chí");
			Sheet sheet = workbook.createSheet("GiaTri");
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i));
			}
			workbook.createSheet("KeHoach").createRow(0).createCell(0).setCellValue("Mã đơn vị");
			int r = 1;
			for (String line = csv.readLine(); line != null; line = csv.readLine()) {
				String[] cells = line.split(",", -1);
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(cells[0]);
				row.createCell(1).setCellValue(cells[1]);
				row.createCell(2).setCellValue(cells[2]);
				row.createCell(3).setCellValue(cells[3]);
				if (!cells[4].isEmpty()) {
					row.createCell(4).setCellValue(Double.parseDouble(cells[4]));
				}
				if (!cells[5].isEmpty()) {
					row.createCell(5).setCellValue(cells[5]);
				}
			}
			workbook.write(out);
			workbook.dispose();
			System.out.println((r - 1) + " rows");
		}
	}
}
