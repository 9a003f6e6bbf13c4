package vn.giupxa.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) for the test profile, on a free port, and the application's mail
 * sender pointed at it: e-mails in tests travel over SMTP for real.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestMailServer {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
	}

	@Bean
	JavaMailSender javaMailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}
}
