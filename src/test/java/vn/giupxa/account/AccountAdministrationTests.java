package vn.giupxa.account;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorCreatesACommuneAccountThatSeesOnlyItsCommune() throws Exception {
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		String username = "xa.yty." + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/admin/accounts/new").cookie(admin).with(csrf())
			.param("username", username).param("displayName", "Cán bộ xã Y Tý").param("email", username + "@laocai.demo")
			.param("password", "mot-mat-khau-du-dai").param("roles", "COMMUNE_OFFICER").param("scopeCodes", "02701")
			.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/accounts"));

		Cookie session = Sessions.login(mvc, username, "mot-mat-khau-du-dai");
		mvc.perform(get("/api/v1/me").cookie(session))
			.andExpect(jsonPath("$.roles[0]").value("COMMUNE_OFFICER"))
			.andExpect(jsonPath("$.scopePaths[0]").value("/15/02701/"));
	}

	@Test
	void aShortPasswordAndAnUnknownUnitAreRefusedAndNothingIsSaved() throws Exception {
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		String username = "thu." + UUID.randomUUID().toString().substring(0, 6);
		String page = mvc.perform(post("/admin/accounts/new").cookie(admin).with(csrf())
			.param("username", username).param("displayName", "Người thử").param("password", "ngan")
			.param("roles", "EVALUATOR").param("scopeCodes", "15, 99999").param("enabled", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page))
			.contains("Mật khẩu phải có ít nhất 12 ký tự.")
			.contains("Không có đơn vị hành chính đang hiệu lực với mã: 99999.")
			.contains("value=\"" + username + "\"")
			.contains("value=\"15, 99999\"");
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = ?").param(username).query(Long.class).single())
			.isZero();
	}

	@Test
	void aTakenUsernameIsRefused() throws Exception {
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		String page = mvc.perform(post("/admin/accounts/new").cookie(admin).with(csrf())
			.param("username", "VPDP").param("displayName", "Trùng").param("password", "mot-mat-khau-du-dai")
			.param("enabled", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Tên đăng nhập này đã có người dùng.");
	}

	@Test
	void anAdministratorUnlocksALockedAccount() throws Exception {
		String username = "khoa." + UUID.randomUUID().toString().substring(0, 6);
		jdbc.sql("INSERT INTO account (username, password_hash, display_name, failed_attempts, locked_until)"
				+ " VALUES (?, 'x', 'Bị khóa', 5, now() + interval '10 minutes')").param(username).update();
		long id = jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		mvc.perform(post("/admin/accounts/{id}/unlock", id).cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		assertThat(jdbc.sql("SELECT locked_until IS NULL AND failed_attempts = 0 FROM account WHERE id = ?").param(id)
			.query(Boolean.class).single()).isTrue();
	}
}
