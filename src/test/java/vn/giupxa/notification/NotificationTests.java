package vn.giupxa.notification;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class NotificationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	GreenMail smtp;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aNoticeIsShownInTheAppAndSentByEmailAfterCommit() throws Exception {
		String marker = "Xã Bắc Hà " + UUID.randomUUID().toString().substring(0, 6);
		transaction.executeWithoutResult(status -> notifications.send(
				new Notice(Set.of("xa.bacha"), "notice.plain", List.of(marker), "/home", null, true)));

		await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo("phu.gs@laocai.demo", marker).size() == 1);
		MimeMessage mail = mailsTo("phu.gs@laocai.demo", marker).get(0);
		assertThat(mail.getSubject()).startsWith("[GiupXa]").contains(marker);

		Cookie session = Sessions.loginDemo(mvc, "xa.bacha");
		long unread = notifications.unreadCount("xa.bacha");
		assertThat(unread).isPositive();
		// Every page's navigation bar carries the unread count
		mvc.perform(get("/home").cookie(session))
			.andExpect(content().string(containsString("data-testid=\"notices-link\"")))
			.andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.contains(unread + " thông báo chưa đọc"));
		mvc.perform(get("/notices").cookie(session)).andExpect(content().string(containsString(marker)));
	}

	@Test
	void aRolledBackChangeSendsNothing() throws Exception {
		String marker = "Không gửi " + UUID.randomUUID().toString().substring(0, 6);
		transaction.executeWithoutResult(status -> {
			notifications.send(new Notice(Set.of("vpdp"), "notice.plain", List.of(marker), null, null, true));
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE arguments[1] = ?").param(marker).query(Long.class).single())
			.isZero();
		assertThat(mailsTo("ha.ntt@laocai.demo", marker)).isEmpty();
	}

	@Test
	void aReminderWithTheSameKeyArrivesOnlyOnce() {
		String key = "reminder:" + UUID.randomUUID();
		Notice reminder = new Notice(Set.of("totgiupviec"), "notice.plain", List.of("nhắc việc"), null, key, false);
		Integer first = transaction.execute(status -> notifications.send(reminder));
		Integer second = transaction.execute(status -> notifications.send(reminder));
		assertThat(first).isEqualTo(1);
		assertThat(second).isZero();
	}

	@Test
	void usersReadOnlyTheirOwnNotices() throws Exception {
		String marker = "Riêng tư " + UUID.randomUUID().toString().substring(0, 6);
		transaction.executeWithoutResult(status -> notifications.send(
				new Notice(Set.of("vpdp"), "notice.plain", List.of(marker), "/home", null, false)));
		long id = jdbc.sql("SELECT id FROM notice WHERE arguments[1] = ?").param(marker).query(Long.class).single();

		Cookie other = Sessions.loginDemo(mvc, "xa.bacha");
		mvc.perform(get("/notices").cookie(other)).andExpect(content().string(not(containsString(marker))));
		mvc.perform(post("/notices/{id}/read", id).cookie(other).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());

		Cookie owner = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(post("/notices/{id}/read", id).cookie(owner).with(csrf())).andExpect(redirectedUrl("/home"));
		assertThat(jdbc.sql("SELECT read_at IS NOT NULL FROM notice WHERE id = ?").param(id).query(Boolean.class).single())
			.isTrue();
	}

	private List<MimeMessage> mailsTo(String address, String marker) throws Exception {
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address) && message.getSubject().contains(marker)) {
				found.add(message);
			}
		}
		return found;
	}
}
