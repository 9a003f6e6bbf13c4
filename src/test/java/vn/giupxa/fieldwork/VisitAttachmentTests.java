package vn.giupxa.fieldwork;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class VisitAttachmentTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	private static final byte[] PDF = "%PDF-1.4\n% biên bản\n%%EOF".getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A visit to the commune in state DONE, planned by lanhdao.snnmt, written straight to the table. */
	private long doneVisit(String communeCode) {
		return jdbc.sql("""
				INSERT INTO field_visit (commune_id, commune_path, planned_on, agenda, planned_by, planned_at, state, done_on)
				SELECT id, path, :day, :agenda, 'lanhdao.snnmt', now(), 'DONE', :day FROM administrative_unit
				WHERE level = 'COMMUNE' AND code = :code AND valid_from = DATE '2025-07-01' RETURNING id""")
			.param("day", TODAY).param("agenda", "Làm việc " + UUID.randomUUID()).param("code", communeCode)
			.query(Long.class).single();
	}

	private long version(long id) {
		return jdbc.sql("SELECT version FROM field_visit WHERE id = ?").param(id).query(Long.class).single();
	}

	@Test
	void aReportCarriesPhotosShownAsThumbnailsAndFilesDownloadedWithinScope() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		long id = doneVisit("02839");
		mvc.perform(multipart("/visits/{id}/report", id)
			.file(new MockMultipartFile("files", "Ảnh hiện trường.png", "image/png", PNG))
			.file(new MockMultipartFile("files", "Biên bản làm việc.pdf", "application/pdf", PDF))
			.cookie(helper).with(csrf()).param("version", String.valueOf(version(id))).param("summary", "Đã kiểm tra đường."))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT string_agg(kind, ',' ORDER BY id) FROM field_visit_attachment WHERE visit_id = ?")
			.param(id).query(String.class).single()).isEqualTo("PNG,PDF");
		long photo = jdbc.sql("SELECT id FROM field_visit_attachment WHERE visit_id = ? AND kind = 'PNG'").param(id)
			.query(Long.class).single();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'VisitAttachment' AND object_id = ?")
			.param(String.valueOf(photo)).query(Long.class).single()).isEqualTo(1);

		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String shown = HtmlUtils.htmlUnescape(mvc.perform(get("/visits/{id}", id).cookie(commune))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(shown).contains("<img class=\"img-thumbnail\"")
			.contains("src=\"/visits/" + id + "/attachments/" + photo + "\"")
			.contains("alt=\"Ảnh chuyến đi cơ sở Xã Bắc Hà: Ảnh hiện trường.png\"")
			.contains("Biên bản làm việc.pdf");
		mvc.perform(get("/visits/{id}/attachments/{a}", id, photo).cookie(commune))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PNG));
		Cookie outsider = Sessions.loginDemo(mvc, "huyen.bacha");
		mvc.perform(get("/visits/{id}/attachments/{a}", id, photo).cookie(outsider)).andExpect(status().isNotFound());
	}

	@Test
	void aFileOfARefusedTypeRefusesTheReportAndKeepsWhatWasTyped() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		long id = doneVisit("02848");
		String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/visits/{id}/report", id)
			.file(new MockMultipartFile("files", "anh.png", "image/png", "MZ not an image".getBytes(StandardCharsets.UTF_8)))
			.cookie(helper).with(csrf()).param("version", String.valueOf(version(id)))
			.param("summary", "Tóm tắt đã gõ dài").param("recommendations", "Kiến nghị đã gõ")
			.param("difficulties[0].title", "Khó khăn đã gõ").param("difficulties[0].categoryCode", "INFRASTRUCTURE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Tệp anh.png không phải PDF, Word, Excel hay ảnh PNG/JPEG")
			.contains("Tóm tắt đã gõ dài").contains("Kiến nghị đã gõ").contains("Khó khăn đã gõ");
		assertThat(jdbc.sql("SELECT state FROM field_visit WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("DONE");
		assertThat(jdbc.sql("SELECT count(*) FROM field_visit_attachment WHERE visit_id = ?").param(id)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM obstacle WHERE title = 'Khó khăn đã gõ'").query(Long.class).single())
			.as("no half-written report").isZero();
	}

	@Test
	void aFileAboveTheCapIsRefusedWithItsSize() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		long id = doneVisit("02839");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/visits/{id}/report", id)
			.file(new MockMultipartFile("files", "quá-lớn.pdf", "application/pdf", large))
			.cookie(helper).with(csrf()).param("version", String.valueOf(version(id))).param("summary", "Tóm tắt giữ lại"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Tệp quá-lớn.pdf quá lớn: tối đa 10 MB.").contains("Tóm tắt giữ lại");
		mvc.perform(post("/visits/{id}/report", id).cookie(helper).with(csrf()).param("version", String.valueOf(version(id)))
			.param("summary", "Không có tệp")).andExpect(status().is3xxRedirection());
	}
}
