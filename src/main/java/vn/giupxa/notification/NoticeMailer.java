package vn.giupxa.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.giupxa.account.AccountContacts;

/**
 * Sends the e-mail copy of a notice after the change that caused it has committed. Without an SMTP
 * server configured ({@code spring.mail.host}) notices stay in the application only.
 */
@Component
class NoticeMailer {

	private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final AccountContacts contacts;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	NoticeMailer(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, AccountContacts contacts,
			MessageSource messages, @Value("${giupxa.mail.from:giupxa@localhost}") String from,
			@Value("${giupxa.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.contacts = contacts;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void send(NoticeCreated event) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		Optional<Row> notice = jdbc.sql("SELECT recipient, message_key, arguments, link FROM notice WHERE id = :id AND emailed_at IS NULL")
			.param("id", event.noticeId())
			.query((rs, n) -> new Row(rs.getString("recipient"), rs.getString("message_key"),
					List.of((String[]) rs.getArray("arguments").getArray()), rs.getString("link")))
			.optional();
		notice.ifPresent(row -> contacts.emailOf(row.recipient()).ifPresent(address -> {
			sender.send(message(address, row));
			jdbc.sql("UPDATE notice SET emailed_at = now() WHERE id = :id").param("id", event.noticeId()).update();
		}));
		if (notice.isEmpty()) {
			log.debug("Notice {} already e-mailed or gone", event.noticeId());
		}
	}

	private SimpleMailMessage message(String address, Row row) {
		String text = messages.getMessage(row.messageKey(), row.arguments().toArray(), VIETNAMESE);
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(address);
		mail.setSubject(messages.getMessage("notice.mail.subject", new Object[] { shorten(text) }, VIETNAMESE));
		String link = row.link() == null ? "" : "\n\n" + baseUrl + row.link();
		mail.setText(text + link + "\n\n" + messages.getMessage("notice.mail.footer", null, VIETNAMESE));
		return mail;
	}

	private static String shorten(String text) {
		return text.length() <= 90 ? text : text.substring(0, 87) + "…";
	}

	private record Row(String recipient, String messageKey, List<String> arguments, String link) {
	}
}
