package vn.giupxa.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import vn.giupxa.files.FileKind;

/** Article bodies keep their formatting and lose anything that could run; files are known by content; addresses have no accents. */
class RichTextTests {

	@Test
	void scriptsEventHandlersAndJavascriptLinksNeverSurvive() {
		String body = RichText.sanitise("<p onclick=\"steal()\">Xin chào <strong>xã</strong></p><script>alert(1)</script>"
				+ "<img src=\"x.png\" onerror=\"alert(2)\" alt=\"Ảnh\"><a href=\"javascript:alert(3)\">bấm</a>"
				+ "<iframe src=\"https://evil\"></iframe><svg onload=\"alert(4)\"></svg><a href=\"https://laocai.gov.vn\">cổng</a>");
		assertThat(body).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onclick")
			.doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("javascript:")
			.doesNotContainIgnoringCase("iframe").doesNotContainIgnoringCase("onload");
		assertThat(body).contains("<strong>xã</strong>", "alt=\"Ảnh\"", "href=\"https://laocai.gov.vn\"", "nofollow");
	}

	@Test
	void plainTextKeepsWordsApartAndImagesNeedAlternativeText() {
		assertThat(RichText.plainText("<p>giúp</p><p>đỡ&nbsp;xã &amp; thôn</p>")).isEqualTo("giúp đỡ xã & thôn");
		assertThat(RichText.imagesHaveAlternativeText(RichText.sanitise("<img src=\"a.png\">"))).isFalse();
		assertThat(RichText.imagesHaveAlternativeText(RichText.sanitise("<img src=\"a.png\" alt=\"Cầu mới\">"))).isTrue();
	}

	@Test
	void slugsHaveNoAccentsAndSearchFoldsVietnamese() {
		assertThat(Slugs.of("Tăng cường giúp đỡ xã: Đợt 2/2026!")).isEqualTo("tang-cuong-giup-do-xa-dot-2-2026");
		assertThat(Search.terms("Giúp  ĐỠ, xã")).containsExactly("giup", "do", "xa");
		assertThat(Search.highlight("Phối hợp giúp đỡ xã <b>", List.of("giup", "xa")))
			.isEqualTo("Phối hợp <mark>giúp</mark> đỡ <mark>xã</mark> &lt;b&gt;");
		assertThat(Search.likePattern("50%_a")).isEqualTo("%50\\%\\_a%");
	}

	@Test
	void fileKindsAreRecognisedByContentNotByName() throws IOException {
		assertThat(FileKind.detect(DemoLetterFile.pdf())).contains(FileKind.PDF);
		assertThat(FileKind.detect(office("word/document.xml", "wordprocessingml.document.main+xml"))).contains(FileKind.DOCX);
		assertThat(FileKind.detect(office("xl/workbook.xml", "spreadsheetml.sheet.main+xml"))).contains(FileKind.XLSX);
		assertThat(FileKind.detect(office("content.xml", "opendocument"))).isEmpty();
		assertThat(FileKind.detect("MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(FileKind.detect("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	/** A minimal OOXML package: its [Content_Types].xml names the main part's content type. */
	static byte[] office(String mainPart, String contentType) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<Types><Override PartName=\"/" + mainPart + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
					+ contentType + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(mainPart));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}
}
