package vn.giupxa.system;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions table is read and written with as few round trips to the database as the session's changes need
 * (bench/program: a signed-in read made eight round trips, four of them for its session).
 * <ul>
 * <li>Spring Session records each request's time as the session's last access, which marks the row changed and
 * writes it back (an UPDATE and a COMMIT) after every request. Here a last access less than
 * {@code giupxa.security.session-touch-interval} (one minute) after the stored one is not recorded
 * ({@link TouchLimitedSessionRepository}), so a request that changes nothing else writes nothing; an idle session
 * may end up to that much before its 30 minutes. A new session, a new id, a new timeout and attributes are
 * written as before.</li>
 * <li>The repository's transactions are plain JDBC ones on the application's data source instead of the JPA
 * transaction manager's (which opened a Hibernate session around each read and write of the session row), and the
 * read of a session at the start of each request runs without one ({@link SessionTransactions}): one round trip
 * instead of two (the SELECT, then a COMMIT).</li>
 * <li>The signed-in user's security context is deserialized once per distinct content of its attribute
 * ({@link SessionAttributeConversion}), not on every request.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Spring Session's repository takes this bean by name for its transactions; not a default candidate, so the
	 * application's own {@code TransactionTemplate} stays the one injected elsewhere.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new SessionTransactions(new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
	}

	/** The sessions found during a request are found again without a second read ({@link TouchLimitedSessionRepository}). */
	@Bean
	FilterRegistrationBean<TouchLimitedSessionRepository.RequestScope> sessionsOfTheRequest() {
		FilterRegistrationBean<TouchLimitedSessionRepository.RequestScope> registration = new FilterRegistrationBean<>(
				new TouchLimitedSessionRepository.RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/**
	 * Spring Session's filter takes the one session repository there is, and its auto-configuration stands back
	 * when the application declares another, so the JDBC repository is wrapped where it is created.
	 */
	@Bean
	static BeanPostProcessor touchLimitedSessions(Environment environment) {
		Duration interval = environment.getProperty("giupxa.security.session-touch-interval", Duration.class,
				Duration.ofMinutes(1));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JdbcIndexedSessionRepository sessions)) {
					return bean;
				}
				sessions.setConversionService(
						new SessionAttributeConversion(SessionStoreConfiguration.class.getClassLoader()));
				return new TouchLimitedSessionRepository(sessions, interval);
			}
		};
	}
}
