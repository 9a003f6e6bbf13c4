package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.portal.PublishedDocuments;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DisseminationAndCapacityTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedDocuments documents;

	private long document(String numberSymbol) {
		return jdbc.sql("SELECT id FROM portal_document WHERE number_symbol = ?").param(numberSymbol).query(Long.class).single();
	}

	private String page(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.cookie(session)).andExpect(status().isOk()).andReturn();
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private MockHttpServletRequestBuilder dissemination(String commune, long document, LocalDate on, String note) {
		return post("/dissemination/new").with(csrf()).param("communeCode", commune)
			.param("documentId", String.valueOf(document)).param("passedOn", on.toString()).param("channel", "MEETING")
			.param("note", note);
	}

	@Test
	void theHelperRecordsADocumentPassedOnAndOnlyThatCommuneAndTheProvinceSeeIt() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		String note = "Quán triệt tại họp giao ban " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(dissemination("02839", document("125/QĐ-UBND"), TODAY, note).cookie(helper))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT recorded_by FROM dissemination WHERE note = ?").param(note).query(String.class).single())
			.isEqualTo("lanhdao.snnmt");

		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		assertThat(page(commune, get("/dissemination"))).contains(note).contains("125/QĐ-UBND")
			.contains("/van-ban/" + document("125/QĐ-UBND")).contains("Tại cuộc họp")
			.doesNotContain("Quán triệt tại hội nghị cán bộ chủ chốt xã");
		assertThat(page(Sessions.loginDemo(mvc, "vpdp"), get("/dissemination"))).contains(note)
			.contains("Quán triệt tại hội nghị cán bộ chủ chốt xã");
		assertThat(page(commune, get("/dissemination/new"))).doesNotContain("Xã Bắc Hà (02839)");
	}

	@Test
	void badDisseminationsAreRefusedWithVietnameseMessagesAndTheNoteIsKept() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		assertThat(page(helper, dissemination("02839", document("125/QĐ-UBND"), TODAY.plusDays(3), "Ghi chú A")))
			.contains("Ngày phổ biến không được sau hôm nay.").contains("Ghi chú A");
		assertThat(page(helper, dissemination("02839", document("4393/UBND-NLN"), LocalDate.of(2023, 1, 1), "Ghi chú B")))
			.contains("Ngày phổ biến không được trước ngày ban hành văn bản (31/08/2023).").contains("Ghi chú B");
		assertThat(page(helper, dissemination("02839", 999_999, TODAY, "Ghi chú C")))
			.contains("Văn bản này không có trong danh mục văn bản.").contains("Ghi chú C");
		assertThat(page(helper, dissemination("02839", document("125/QĐ-UBND"), TODAY, "Ghi chú D").param("visitId", "2")))
			.contains("Chuyến đi cơ sở đã chọn không phải của xã này.").contains("Ghi chú D");
		assertThat(page(Sessions.loginDemo(mvc, "xa.bacha"), dissemination("02839", document("125/QĐ-UBND"), TODAY, "Ghi chú E")))
			.contains("Bạn không được phân công giúp đỡ").contains("Ghi chú E");
		assertThat(jdbc.sql("SELECT count(*) FROM dissemination WHERE note LIKE 'Ghi chú _'").query(Long.class).single()).isZero();
	}

	@Test
	void thePickerFindsDocumentsWithoutAccentsAndKeepsWhatWasTyped() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		String shown = page(helper, post("/dissemination/new").with(csrf()).param("search", "1").param("q", "giup do xa")
			.param("communeCode", "02848").param("note", "Ghi chú đang gõ"));
		assertThat(shown).contains("4393/UBND-NLN").doesNotContain("36/KH-UBND").contains("Ghi chú đang gõ")
			.doesNotContain("Vui lòng sửa các ô");
		PublishedDocuments.DocumentView letter = documents.search("4393", 5).get(0);
		assertThat(letter.numberSymbol()).isEqualTo("4393/UBND-NLN");
		assertThat(letter.publicUrl()).isEqualTo("/van-ban/" + letter.id());
		assertThat(documents.byId(letter.id())).contains(letter);
		assertThat(letter.issuedOn()).isEqualTo(LocalDate.of(2023, 8, 31));
	}

	@Test
	void capacityActivitiesAreRecordedByTheHelperAndCountedPerCommuneWithinScope() throws Exception {
		Cookie helper = Sessions.loginDemo(mvc, "lanhdao.snnmt");
		String topic = "Tập huấn chuyển đổi số cho cán bộ xã " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/capacity-activities/new").cookie(helper).with(csrf()).param("communeCode", "02848")
			.param("kind", "TRAINING").param("heldOn", TODAY.toString()).param("topic", topic)
			.param("participants", "Cán bộ xã").param("participantCount", "30"))
			.andExpect(status().is3xxRedirection());
		long trainings = jdbc.sql("""
				SELECT count(*) FROM capacity_activity c JOIN administrative_unit u ON u.id = c.commune_id
				WHERE u.code = '02848' AND c.kind = 'TRAINING' AND extract(year FROM c.held_on) = ?""")
			.param(TODAY.getYear()).query(Long.class).single();

		String office = page(Sessions.loginDemo(mvc, "vpdp"), get("/capacity-activities").param("year", String.valueOf(TODAY.getYear())));
		assertThat(office).contains(topic).contains("Xã Lùng Phình").contains("Xã Bắc Hà");
		assertThat(page(helper, get("/capacity-activities").param("commune", "02848").param("year", String.valueOf(TODAY.getYear()))))
			.contains("<td class=\"text-end\">" + trainings + "</td>");
		assertThat(page(Sessions.loginDemo(mvc, "xa.bacha"), get("/capacity-activities"))).doesNotContain(topic)
			.doesNotContain("Xã Lùng Phình");

		assertThat(page(helper, post("/capacity-activities/new").with(csrf()).param("communeCode", "02848")
			.param("kind", "TRAINING").param("heldOn", TODAY.toString()).param("topic", "Chủ đề đã gõ")
			.param("participantCount", "-5")))
			.contains("Số người tham dự không được âm.").contains("Chủ đề đã gõ");
		assertThat(page(helper, post("/capacity-activities/new").with(csrf()).param("communeCode", "02848")
			.param("kind", "OTHER").param("heldOn", TODAY.plusDays(2).toString()).param("topic", "Chủ đề tương lai")
			.param("participantCount", "5")))
			.contains("Chỉ ghi nhận hoạt động đã diễn ra").contains("Chủ đề tương lai");
		assertThat(jdbc.sql("SELECT count(*) FROM capacity_activity WHERE topic IN ('Chủ đề đã gõ', 'Chủ đề tương lai')")
			.query(Long.class).single()).isZero();
	}
}
