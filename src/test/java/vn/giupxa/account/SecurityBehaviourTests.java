package vn.giupxa.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityBehaviourTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/account/password").with(user("admin").roles("ADMIN"))
			.param("currentPassword", "x").param("newPassword", "y").param("confirmPassword", "y"))
			.andExpect(status().isForbidden());
	}

	@Test
	void publicPagesCreateNoSession() throws Exception {
		for (String page : new String[] { "/", "/units", "/units/15", "/api/v1/units/15" }) {
			MvcResult result = mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
			assertThat(result.getRequest().getSession(false)).as(page).isNull();
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("SESSION"));
		}
	}

	@Test
	void protectedPagesSendAnonymousReadersToTheLoginPage() throws Exception {
		mvc.perform(get("/home")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		Cookie session = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/home").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/home").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void sessionsExpireAfterThirtyIdleMinutes() throws Exception {
		Sessions.loginDemo(mvc, "bientap");
		assertThat(jdbc.sql("SELECT DISTINCT max_inactive_interval FROM spring_session WHERE principal_name = 'bientap'")
			.query(Integer.class).list()).containsExactly(30 * 60);
	}

	@Test
	void aShortNewPasswordIsRefusedWithAVietnameseMessage() throws Exception {
		Cookie session = Sessions.loginDemo(mvc, "danhgia.snv");
		mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", "giupxa-demo-2026").param("newPassword", "ngan").param("confirmPassword", "ngan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 12 ký tự.")));
	}

	@Test
	void securityHeadersAreSent() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().exists("X-Frame-Options"));
	}

	@Test
	void anAuthenticatedCallerRefusedIsAudited() throws Exception {
		Cookie session = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/admin/audit").cookie(session)).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor = 'xa.bacha'"
				+ " AND object_id = 'GET /admin/audit'").query(Long.class).single()).isPositive();
	}

	@Test
	void theCallerSeesItsOwnScope() throws Exception {
		Cookie session = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/api/v1/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("COMMUNE_OFFICER"))
			.andExpect(jsonPath("$.scopePaths[0]").value("/15/02839/"));
	}
}
