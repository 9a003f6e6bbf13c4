package vn.giupxa.obstacle;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Difficulties that name the program item or criterion they concern, and what that means for the catalog. */
@IntegrationTest
class ObstacleCatalogLinkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long component(String program, String number) {
		return jdbc.sql("""
				SELECT c.id FROM program_component c JOIN target_program p ON p.id = c.program_id
				WHERE p.code = ? AND c.number = ?""").param(program).param(number).query(Long.class).single();
	}

	private long criterion(String set, int number) {
		return jdbc.sql("SELECT c.id FROM criterion c JOIN criteria_set s ON s.id = c.set_id WHERE s.code = ? AND c.number = ?")
			.param(set).param(number).query(Long.class).single();
	}

	private MvcResult raise(Cookie session, String title, Object componentId, Object criterionId) throws Exception {
		return mvc.perform(post("/obstacles/new").cookie(session).with(csrf())
			.param("communeCode", "02839").param("kind", "DIFFICULTY").param("categoryCode", "INFRASTRUCTURE")
			.param("title", title).param("description", "Mô tả: " + title)
			.param("programComponentId", componentId == null ? "" : componentId.toString())
			.param("criterionId", criterionId == null ? "" : criterionId.toString()))
			.andReturn();
	}

	private static long idOf(MvcResult result) {
		return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/obstacles/".length()));
	}

	private static String title() {
		return "Vướng mắc dự án " + UUID.randomUUID().toString().substring(0, 8);
	}

	private long count(String title) {
		return jdbc.sql("SELECT count(*) FROM obstacle WHERE title = ?").param(title).query(Long.class).single();
	}

	@Test
	void aDifficultyRaisedAboutAProgramItemAndACriterionShowsThemAndIsFoundByThem() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		long project = component("DTTS-2021-2030", "4.2");
		long traffic = criterion("XA-NTM-2026-2030", 2);
		String title = title();

		mvc.perform(get("/obstacles/new").cookie(commune))
			.andExpect(content().string(containsString("Tiểu dự án 4.2 của Dự án 4")))
			.andExpect(content().string(containsString("XA-NTM-2026-2030")))
			.andExpect(content().string(not(containsString("TINH-NTM-2026-2030"))));
		long id = idOf(raise(commune, title, project, traffic));

		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/obstacles/{id}", id).cookie(commune))
			.andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Mục chương trình").contains("4.2 Tiểu dự án 4.2 của Dự án 4").contains("(DTTS-2021-2030)")
			.contains("Tiêu chí").contains("(XA-NTM-2026-2030)");
		mvc.perform(get("/obstacles").param("component", String.valueOf(project)).cookie(commune))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/obstacles").param("component", String.valueOf(component("DTTS-2021-2030", "5.1"))).cookie(commune))
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/api/v1/obstacles").param("criterion", String.valueOf(traffic)).cookie(commune))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].componentId").value(org.hamcrest.Matchers.contains((int) project)))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].component")
				.value(org.hamcrest.Matchers.contains(containsString("4.2 Tiểu dự án 4.2"))));

		byte[] xlsx = mvc.perform(get("/obstacles/export.xlsx").param("component", String.valueOf(project)).cookie(commune))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter format = new DataFormatter();
			Row header = workbook.getSheetAt(0).getRow(0);
			assertThat(format.formatCellValue(header.getCell(12))).isEqualTo("Mục chương trình");
			assertThat(format.formatCellValue(header.getCell(13))).isEqualTo("Tiêu chí");
			Row line = workbook.getSheetAt(0).getRow(1);
			assertThat(format.formatCellValue(line.getCell(2))).isEqualTo(title);
			assertThat(format.formatCellValue(line.getCell(12))).startsWith("4.2 Tiểu dự án 4.2");
			assertThat(format.formatCellValue(line.getCell(13))).startsWith("2 ").endsWith("(XA-NTM-2026-2030)");
		}
	}

	@Test
	void anUnknownProgramItemOrACriterionOutOfForceIsRefusedWithTheFieldNamedAndNothingSaved() throws Exception {
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String title = title();
		MvcResult refused = raise(commune, title, 999_999L, criterion("XA-NTM-2021-2025", 1));
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(refused.getResponse().getContentAsString()))
			.contains("Mục chương trình đã chọn không tồn tại hoặc đã đóng.")
			.contains("Tiêu chí đã chọn không tồn tại hoặc không thuộc bộ tiêu chí đang hiệu lực.")
			.contains("value=\"" + title + "\"");
		assertThat(count(title)).isZero();

		mvc.perform(post("/api/v1/obstacles").cookie(commune).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"communeCode\":\"02839\",\"kind\":\"DIFFICULTY\",\"categoryCode\":\"OTHER\",\"title\":\"" + title
					+ "\",\"description\":\"x\",\"programComponentId\":999999}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("programComponentId"))
			.andExpect(jsonPath("$.errors[0].message").value("Mục chương trình đã chọn không tồn tại hoặc đã đóng."));
		assertThat(count(title)).isZero();
	}

	@Test
	void anItemADifficultyRefersToCanBeClosedButNotDeletedAndTakesNoNewDifficulties() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String number = "9." + (System.nanoTime() % 1000);
		mvc.perform(post("/programs/{code}/components", "MTQG-2026-2035").cookie(office).with(csrf())
			.param("kind", "CONTENT").param("number", number).param("name", "Nội dung thử " + number).param("source", ""))
			.andExpect(status().is3xxRedirection());
		long item = component("MTQG-2026-2035", number);
		idOf(raise(commune, title(), item, null));

		mvc.perform(post("/programs/components/{id}/delete", item).cookie(office).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("khó khăn, vướng mắc sử dụng nên không thể xóa")));
		assertThat(jdbc.sql("SELECT count(*) FROM program_component WHERE id = ?").param(item).query(Long.class).single())
			.isEqualTo(1);

		mvc.perform(post("/programs/components/{id}/close", item).cookie(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String late = title();
		assertThat(HtmlUtils.htmlUnescape(raise(commune, late, item, null).getResponse().getContentAsString()))
			.contains("Mục chương trình đã chọn không tồn tại hoặc đã đóng.");
		assertThat(count(late)).isZero();
	}

	@Test
	void anItemNothingRefersToIsStillDeleted() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		String number = "8." + (System.nanoTime() % 1000);
		mvc.perform(post("/programs/{code}/components", "MTQG-2026-2035").cookie(office).with(csrf())
			.param("kind", "CONTENT").param("number", number).param("name", "Nội dung thử " + number).param("source", ""))
			.andExpect(status().is3xxRedirection());
		long item = component("MTQG-2026-2035", number);
		mvc.perform(post("/programs/components/{id}/delete", item).cookie(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM program_component WHERE id = ?").param(item).query(Long.class).single())
			.isZero();
	}
}
