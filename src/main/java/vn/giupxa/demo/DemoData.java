package vn.giupxa.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;


import javax.sql.DataSource;

/**
 * Loads the demo data once. {@code giupxa.demo-data=auto} (the default) loads it only on the
 * embedded database, so an external PostgreSQL gets none unless {@code giupxa.demo-data=true}.
 */
@Component
class DemoData implements ApplicationRunner {

	/** The password of every demo account; printed in the README. */
	static final String DEMO_PASSWORD = "giupxa-demo-2026";

	/** The scripts, in order: the base (Lào Cai directory and accounts), then each module's. */
	private static final List<String> SCRIPTS = List.of("db/demo/lao-cai.sql", "db/demo/lao-cai-directory.sql",
			"db/demo/lao-cai-obstacle.sql",
			"db/demo/lao-cai-program.sql", "db/demo/lao-cai-portal.sql", "db/demo/lao-cai-assignment.sql",
			"db/demo/lao-cai-fieldwork.sql", "db/demo/lao-cai-meeting.sql",
			"db/demo/lao-cai-helpplan.sql");

	private static final String MARKER = "demo-data";

	/** Raised whenever a script changes, so an older embedded database says its demo data is stale. */
	private static final String VERSION = "lao-cai-2";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transaction;

	private final Environment environment;

	DemoData(DataSource dataSource, JdbcClient jdbc, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
			Environment environment) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted()) {
			return;
		}
		String loaded = loadedVersion();
		if (loaded != null) {
			if (!VERSION.equals(loaded)) {
				log.warn("The database holds demo data {} but this build brings {}: delete ./data (the embedded database) "
						+ "to load the new demo data", loaded, VERSION);
			}
			return;
		}
		transaction.executeWithoutResult(status -> {
			SCRIPTS.forEach(script -> new ResourceDatabasePopulator(new ClassPathResource(script)).execute(dataSource));
			jdbc.sql("UPDATE account SET password_hash = :hash, password_changed_at = now() WHERE password_hash = '{pending}'")
				.param("hash", passwordEncoder.encode(DEMO_PASSWORD))
				.update();
			jdbc.sql("INSERT INTO system_setting (name, value) VALUES (:name, :value)")
				.param("name", MARKER)
				.param("value", VERSION)
				.update();
		});
		log.info("Demo data loaded: Lào Cai, one account per role (password in README)");
	}

	private boolean wanted() {
		String setting = environment.getProperty("giupxa.demo-data", "auto");
		if ("auto".equalsIgnoreCase(setting)) {
			return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		}
		return Boolean.parseBoolean(setting);
	}

	/** The version of the demo data in the database, or null when none was loaded. */
	private String loadedVersion() {
		return jdbc.sql("SELECT value FROM system_setting WHERE name = :name")
			.param("name", MARKER)
			.query(String.class)
			.optional()
			.orElse(null);
	}
}
