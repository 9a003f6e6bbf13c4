package vn.giupxa.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.hamcrest.Matchers.containsString;

@IntegrationTest
class LoginTests {

	private static final String PASSWORD = "mot-cau-that-dai-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	private String username;

	@BeforeEach
	void createAccount() {
		username = "test." + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("INSERT INTO account (username, password_hash, display_name) VALUES (?, ?, ?)")
			.params(username, encoder.encode(PASSWORD), "Người thử nghiệm")
			.update();
	}

	@Test
	void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
		mvc.perform(formLogin("/login").user("nobody-" + username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user(username).password("wrong-password-123"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		mvc.perform(get("/login?error"))
			.andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng")));
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-password-" + attempt));
		}
		mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());

		OffsetDateTime lockedUntil = jdbc.sql("SELECT locked_until FROM account WHERE username = ?")
			.param(username)
			.query(OffsetDateTime.class)
			.single();
		assertThat(Duration.between(OffsetDateTime.now(), lockedUntil)).isBetween(Duration.ofMinutes(14),
				Duration.ofMinutes(15));
		assertThat(auditCount("ACCOUNT_LOCKED")).isEqualTo(1);
		assertThat(auditCount("LOGIN_FAILED")).isEqualTo(6);
	}

	@Test
	void theLockEndsAfterFifteenMinutes() throws Exception {
		jdbc.sql("UPDATE account SET failed_attempts = 5, locked_until = now() - interval '1 second' WHERE username = ?")
			.param(username)
			.update();
		mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withUsername(username));
		assertThat(jdbc.sql("SELECT failed_attempts FROM account WHERE username = ?").param(username)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aSuccessfulLoginIsAudited() throws Exception {
		mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(authenticated().withUsername(username));
		assertThat(auditCount("LOGIN")).isEqualTo(1);
	}

	private long auditCount(String action) {
		return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND (actor = ? OR object_id = ?)")
			.params(action, username, username)
			.query(Long.class)
			.single();
	}
}
