package vn.giupxa.system;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giupxa.IntegrationTest;
import vn.giupxa.shared.StatementHints;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DatabaseSettingsTests {

	private static final String LOOK_UP = "SELECT name FROM administrative_unit WHERE code = ? AND valid_to IS NULL";

	private static final String SCOPED = "SELECT count(*) FROM administrative_unit u WHERE u.level = 'COMMUNE'"
			+ " AND (? OR u.path LIKE ANY (CAST(? AS text[])))";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void everyConnectionOfThePoolRunsWithoutJitAndWithPostgresqlsPlanCache() {
		assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
		assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("auto");
		assertThat(jdbc.sql("SHOW server_encoding").query(String.class).single()).isEqualTo("UTF8");
	}

	@Test
	void aLookUpIsPreparedOnceAndGetsAGenericPlanWhileAScopedStatementIsPlannedWithItsValuesEachTime() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			for (int i = 0; i < 12; i++) {
				session.queryForList(LOOK_UP, String.class, "10");
				session.queryForObject(SCOPED, Long.class, i % 2 == 0, new String[] { "/10/%" });
				session.queryForObject(StatementHints.CACHED_PLAN + SCOPED, Long.class, i % 2 == 0, new String[] { "/10/%" });
			}
			Map<String, Object> lookUp = session.queryForMap(
					"SELECT count(*) AS prepared, coalesce(sum(generic_plans), 0) AS generic FROM pg_prepared_statements"
							+ " WHERE NOT from_sql AND statement LIKE 'SELECT name FROM administrative_unit WHERE code = $1%'");
			assertThat(((Number) lookUp.get("prepared")).intValue()).isEqualTo(1);
			assertThat(((Number) lookUp.get("generic")).intValue()).isPositive();
			// the scoped statement is sent unnamed each time, unless its text carries the hint of a cached plan
			// (the connection may hold the application's hinted statements too)
			assertThat(session.queryForList("SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%LIKE ANY%'"
					+ " AND NOT from_sql", String.class)).allSatisfy(
							statement -> assertThat(statement.strip()).startsWith(StatementHints.CACHED_PLAN.strip()))
				.anySatisfy(statement -> assertThat(statement).contains("SELECT count(*) FROM administrative_unit u"));
		}
	}

	@Test
	void statementsWithASwitchAmongTheirParametersArePlannedWithTheirValues() {
		assertThat(StatementPlans.planEachExecution(SCOPED)).isTrue();
		assertThat(StatementPlans.planEachExecution("SELECT 1 FROM unit WHERE path LIKE ANY (?)")).isTrue();
		assertThat(StatementPlans.planEachExecution("SELECT 1 FROM unit u WHERE u.path LIKE ? AND u.level = ?")).isTrue();
		assertThat(StatementPlans.planEachExecution("SELECT 1 FROM unit u WHERE (CAST(? AS text) IS NULL OR u.code = ?)")).isTrue();
		assertThat(StatementPlans.planEachExecution("select 1 from obstacle o where (? is null or o.status = ?)")).isTrue();
		assertThat(StatementPlans.planEachExecution(LOOK_UP)).isFalse();
		assertThat(StatementPlans.planEachExecution("SELECT 1 FROM unit WHERE a = ? OR b = ?")).isFalse();
		assertThat(StatementPlans.planEachExecution(StatementHints.CACHED_PLAN + SCOPED)).isFalse();
	}
}
