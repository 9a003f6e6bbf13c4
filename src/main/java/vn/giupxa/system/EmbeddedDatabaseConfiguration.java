package vn.giupxa.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 in-process when no external database is configured
 * ({@code spring.datasource.url} unset). Data lives in {@code giupxa.embedded-database.directory}
 * ({@code ./data/postgres} by default) and survives restarts; a blank directory means a
 * throw-away cluster in the temp folder (tests).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${giupxa.embedded-database.directory:}") String directory,
			@Value("${giupxa.embedded-database.port:0}") int port) throws IOException {
		// Spring stops the server after everything that uses it (its own hook would race the context's).
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "60")
			.setLocaleConfig("encoding", "UTF8");
		if (port > 0) {
			builder.setPort(port);
		}
		if (!directory.isBlank()) {
			Path dataDirectory = Path.of(directory).toAbsolutePath();
			Files.createDirectories(dataDirectory);
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} (data: {})", postgres.getPort(),
				directory.isBlank() ? "temporary" : directory);
		return postgres;
	}

	/**
	 * Every pooled connection (the external data source too: spring.datasource.hikari.connection-init-sql) runs
	 * without JIT compilation, which is for long analytical statements and cost 30 ms to almost a second of
	 * compiling on statements that run in a few milliseconds (bench/program). Which statements are planned with
	 * their values each time: {@link StatementPlans}.
	 */
	static final String CONNECTION_SETTINGS = "SET jit = off";

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${giupxa.embedded-database.pool-size:20}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setPoolName("giupxa-embedded");
		dataSource.setConnectionInitSql(CONNECTION_SETTINGS);
		return dataSource;
	}
}
