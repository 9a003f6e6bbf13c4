package vn.giupxa.territory;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class VillageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Cookie communeOfficer;

	@BeforeEach
	void login() throws Exception {
		communeOfficer = Sessions.loginDemo(mvc, "xa.bacha");
	}

	@Test
	void aCommuneOfficerAddsAVillageUnderItsCommune() throws Exception {
		String name = "Thôn Na Hối " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/units/02839/villages").cookie(communeOfficer).with(csrf())
			.param("name", name).param("type", "VILLAGE").param("validFrom", "2026-01-01"))
			.andExpect(redirectedUrl("/units/02839"));

		String path = jdbc.sql("SELECT path FROM administrative_unit WHERE name = ? AND level = 'VILLAGE'")
			.param(name).query(String.class).single();
		assertThat(path).startsWith("/15/02839/02839-");
		mvc.perform(get("/units/02839")).andExpect(content().string(containsString(name)));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND object_type = 'AdministrativeUnit'"
				+ " AND after_state ->> 'name' = ?").param(name).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aCommuneOutsideTheScopeIsRefused() throws Exception {
		mvc.perform(post("/units/02701/villages").cookie(communeOfficer).with(csrf())
			.param("name", "Thôn Ngoài Phạm Vi").param("type", "VILLAGE").param("validFrom", "2026-01-01"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM administrative_unit WHERE name = 'Thôn Ngoài Phạm Vi'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aMissingNameIsExplainedAndTheTypedDateIsKept() throws Exception {
		mvc.perform(post("/units/02839/villages").cookie(communeOfficer).with(csrf())
			.param("name", " ").param("type", "HAMLET").param("validFrom", "2026-02-03"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập tên.")))
			.andExpect(content().string(containsString("value=\"2026-02-03\"")));
	}

	@Test
	void aBadDateIsExplainedInVietnamese() throws Exception {
		mvc.perform(post("/units/02839/villages").cookie(communeOfficer).with(csrf())
			.param("name", "Thôn Ngày Sai").param("type", "VILLAGE").param("validFrom", "31/02/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ")))
			.andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.contains("value=\"Thôn Ngày Sai\""));
	}

	@Test
	void aDuplicateNameIsRefused() throws Exception {
		String name = "Bản Phố " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/units/02839/villages").cookie(communeOfficer).with(csrf())
			.param("name", name).param("type", "HAMLET").param("validFrom", "2026-01-01"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/units/02839/villages").cookie(communeOfficer).with(csrf())
			.param("name", name.toUpperCase()).param("type", "HAMLET").param("validFrom", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã có thôn, bản, tổ dân phố tên")));
	}
}
