package vn.giupxa.audit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder encoder;

	@Test
	void theTrailCannotBeRewritten() {
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void anAdministratorFindsEventsByUser() throws Exception {
		Sessions.loginDemo(mvc, "danhgia.snv");
		Cookie admin = Sessions.loginDemo(mvc, "admin");
		mvc.perform(get("/admin/audit").param("actor", "danhgia.snv").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("danhgia.snv")))
			.andExpect(content().string(containsString("Đăng nhập")))
			.andExpect(content().string(not(containsString(">admin<"))));
	}

	@Test
	void aPasswordChangeIsAuditedWithoutTheHash() throws Exception {
		String username = "audit." + java.util.UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("INSERT INTO account (username, password_hash, display_name) VALUES (?, ?, ?)")
			.params(username, encoder.encode("mat-khau-ban-dau-2026"), "Kiểm toán")
			.update();
		Cookie session = Sessions.login(mvc, username, "mat-khau-ban-dau-2026");
		mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", "mat-khau-ban-dau-2026")
			.param("newPassword", "mat-khau-moi-that-dai-2026")
			.param("confirmPassword", "mat-khau-moi-that-dai-2026"))
			.andExpect(status().is3xxRedirection());

		String after = jdbc.sql("""
				SELECT after_state ->> 'passwordHash' FROM audit_event
				WHERE action = 'UPDATE' AND object_type = 'Account' AND after_state ->> 'username' = ?
				ORDER BY id DESC LIMIT 1""").param(username).query(String.class).single();
		assertThat(after).isEqualTo("***");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PASSWORD_CHANGED' AND actor = ?")
			.param(username).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE after_state::text LIKE '%$2a$%'"
				+ " OR before_state::text LIKE '%$2a$%'").query(Long.class).single()).isZero();
	}

	@Test
	void passwordHashesNeverReachTheTrail() {
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE after_state::text LIKE '%$2a$%'"
				+ " OR before_state::text LIKE '%$2a$%'").query(Long.class).single()).isZero();
	}
}
