package vn.giupxa.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the demo's Official Letter 4393/UBND-NLN a real PDF: once the demo data is in (the
 * document exists, marked by its demo summary) and has no file yet, a one-page PDF written for
 * GiupXa is generated with PDFBox and the DejaVu Sans font, and stored like any upload.
 */
@Component
class DemoLetterFile {

	static final String NUMBER = "4393/UBND-NLN";

	private static final List<String> LINES = List.of("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 4393/UBND-NLN",
			"V/v tăng cường các hoạt động phối hợp giúp đỡ xã",
			"triển khai các Chương trình mục tiêu quốc gia", "", "Ngày 31 tháng 8 năm 2023", "",
			"Bản tóm tắt do GiupXa soạn cho dữ liệu minh họa:", "",
			"1. Lãnh đạo cơ quan cấp tỉnh giữ xã được phân công luôn nắm chính sách mới.",
			"2. Tổ giúp việc dự họp ở xã, ghi nhận khó khăn, báo cáo kịp thời.",
			"3. Mỗi chuyến đi cơ sở có nội dung cụ thể, báo trước cho xã.",
			"4. Khó khăn trong thẩm quyền thì giải quyết ngay; ngoài thẩm quyền thì đề xuất.",
			"5. Đơn vị đánh giá theo dõi, chấm kết quả giúp xã làm căn cứ thi đua.", "",
			"Tài liệu minh họa – không phải bản chính thức.");

	private final JdbcClient jdbc;

	private final FileService files;

	DemoLetterFile(JdbcClient jdbc, FileService files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@EventListener(ApplicationReadyEvent.class)
	void attachWhenMissing() {
		jdbc.sql("""
				SELECT d.id FROM portal_document d
				WHERE d.number_symbol = :number AND d.summary LIKE '%(dữ liệu minh họa)%'
				  AND NOT EXISTS (SELECT 1 FROM portal_file f WHERE f.document_id = d.id)""")
			.param("number", NUMBER).query(Long.class).optional()
			.ifPresent(id -> files.acceptDocumentFile(id, "Cong-van-4393-UBND-NLN.pdf", pdf()));
	}

	static byte[] pdf() {
		try (PDDocument document = new PDDocument(); InputStream font = new ClassPathResource("portal/fonts/DejaVuSans.ttf").getInputStream()) {
			PDType0Font dejaVu = PDType0Font.load(document, font);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(dejaVu, 12);
				text.setLeading(20);
				text.newLineAtOffset(70, 770);
				for (String line : LINES) {
					text.showText(line);
					text.newLine();
				}
				text.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}
}
