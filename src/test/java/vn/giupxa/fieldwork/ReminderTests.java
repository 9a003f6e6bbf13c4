package vn.giupxa.fieldwork;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReminderTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	ReminderJob job;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mail;

	@Autowired
	MockMvc mvc;

	private static LocalDate today() {
		return LocalDate.now(VIETNAM);
	}

	/** A visit in Bắc Hà in the given state, written directly: the application's clock cannot be moved in tests. */
	private long visit(String state, LocalDate plannedOn, LocalDate doneOn, OffsetDateTime notifiedAt) {
		return jdbc.sql("""
				INSERT INTO field_visit (commune_id, commune_path, planned_on, agenda, planned_by, planned_at, state,
				                         notified_at, done_on)
				SELECT id, path, ?, ?, 'lanhdao.snnmt', now(), ?, ?, ? FROM administrative_unit
				WHERE code = '02839' AND level = 'COMMUNE' AND valid_from = DATE '2025-07-01'
				RETURNING id""")
			.params(plannedOn, "Nhắc việc " + UUID.randomUUID(), state, notifiedAt, doneOn)
			.query(Long.class)
			.single();
	}

	private long meetingPast(String attendee) {
		return jdbc.sql("""
				INSERT INTO commune_meeting (commune_id, commune_path, kind, held_on, place, agenda, published_by,
				                             published_at, state, attendee, named_by, named_at)
				SELECT id, path, 'VILLAGE', ?, 'Nhà văn hóa', ?, 'xa.bacha', now(), 'ATTENDEE_NAMED', ?, 'lanhdao.snnmt', now()
				FROM administrative_unit WHERE code = '02839' AND level = 'COMMUNE' AND valid_from = DATE '2025-07-01'
				RETURNING id""")
			.params(today().minusDays(2), "Họp nhắc việc " + UUID.randomUUID(), attendee)
			.query(Long.class)
			.single();
	}

	private long notices(String recipient, String link) {
		return jdbc.sql("SELECT count(*) FROM notice WHERE recipient = ? AND link = ? AND dedupe_key IS NOT NULL")
			.params(recipient, link).query(Long.class).single();
	}

	private long mails(String address, String link) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> mentions(message, address, link)).count();
	}

	@Test
	void eachReminderGoesToTheRightPersonOnceADayByNoticeAndMail() throws Exception {
		long unreported = visit("DONE", today().minusDays(5), today().minusDays(5), null);
		long fresh = visit("DONE", today().minusDays(1), today().minusDays(1), null);
		long unacknowledged = visit("NOTIFIED", today().plusDays(20), null, OffsetDateTime.now().minusDays(7));
		long meeting = meetingPast("totgiupviec");

		assertThat(job.remind()).isPositive();
		assertThat(notices("lanhdao.snnmt", "/visits/" + unreported)).isEqualTo(1);
		assertThat(notices("lanhdao.snnmt", "/visits/" + fresh)).as("done yesterday: not due yet").isZero();
		assertThat(notices("xa.bacha", "/visits/" + unacknowledged)).isEqualTo(1);
		assertThat(notices("totgiupviec", "/meetings/" + meeting)).isEqualTo(1);
		assertThat(notices("lanhdao.snnmt", "/meetings/" + meeting)).as("only the attendee is reminded").isZero();
		await().untilAsserted(() -> {
			assertThat(mails("pao.lv@laocai.demo", "/visits/" + unreported)).isEqualTo(1);
			assertThat(mails("lan.pt@laocai.demo", "/meetings/" + meeting)).isEqualTo(1);
			assertThat(mails("phu.gs@laocai.demo", "/visits/" + unacknowledged)).isEqualTo(1);
		});

		job.remind();
		Thread.sleep(Duration.ofSeconds(2).toMillis());
		assertThat(notices("lanhdao.snnmt", "/visits/" + unreported)).as("the same day: no second notice").isEqualTo(1);
		assertThat(mails("pao.lv@laocai.demo", "/visits/" + unreported)).as("no second mail").isEqualTo(1);
		assertThat(mails("lan.pt@laocai.demo", "/meetings/" + meeting)).isEqualTo(1);
	}

	@Test
	void theHomePageListsWhatIsWaitingForTheUser() throws Exception {
		long meeting = meetingPast("totgiupviec");
		long unacknowledged = visit("NOTIFIED", today().plusDays(15), null, OffsetDateTime.now());
		Cookie member = Sessions.loginDemo(mvc, "totgiupviec");
		String memberHome = HtmlUtils.htmlUnescape(mvc.perform(get("/home").cookie(member)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(memberHome).contains("Việc cần làm").contains("href=\"/meetings/" + meeting + "\"")
			.contains("Báo cáo dự họp tại Xã Bắc Hà");
		Cookie commune = Sessions.loginDemo(mvc, "xa.bacha");
		String communeHome = HtmlUtils.htmlUnescape(mvc.perform(get("/home").cookie(commune)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(communeHome).contains("href=\"/visits/" + unacknowledged + "\"")
			.doesNotContain("href=\"/meetings/" + meeting + "\"");
	}

	private static boolean mentions(MimeMessage message, String address, String link) {
		try {
			return message.getAllRecipients()[0].toString().equals(address)
					&& String.valueOf(message.getContent()).matches("(?s).*" + java.util.regex.Pattern.quote(link) + "\\s.*");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
