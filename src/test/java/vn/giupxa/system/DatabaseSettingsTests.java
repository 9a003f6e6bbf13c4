package vn.giupxa.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DatabaseSettingsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConnectionOfThePoolRunsWithoutJitAndPlansEachExecutionWithItsValues() {
		assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
		assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
		assertThat(jdbc.sql("SHOW server_encoding").query(String.class).single()).isEqualTo("UTF8");
	}
}
