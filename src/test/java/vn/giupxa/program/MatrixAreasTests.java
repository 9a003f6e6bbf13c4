package vn.giupxa.program;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giupxa.IntegrationTest;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counts of an area (a province: each scorecard looked up by its index, on a cached plan) and of the whole country
 * (hash joins, planned with the values) are two statements: they count the same communes the same way.
 */
@IntegrationTest
class MatrixAreasTests {

	private static final ReportingPeriod YEAR = ReportingPeriod.year(2026);

	@Autowired
	ProvinceMatrix matrix;

	@Autowired
	Scorecards scorecards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theCountryCountsWhatItsProvincesCountTogether() {
		Catalog.SetView set = scorecards.set("XA-NTM-2026-2030", YEAR);
		ProvinceMatrix.Filter all = matrix.filter(null, null, YEAR);
		List<String> provinces = jdbc.sql("""
				SELECT path FROM administrative_unit WHERE level = 'PROVINCE'
				  AND (valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day)""")
			.param("day", YEAR.start())
			.query(String.class)
			.list();
		assertThat(provinces).hasSizeGreaterThan(30);

		Map<Integer, Long> byProvince = new HashMap<>();
		long communes = 0;
		for (String province : provinces) {
			ProvinceMatrix.Summary summary = matrix.summary(province, set, YEAR, all, Scope.everywhere());
			summary.byMetCount().forEach((met, count) -> byProvince.merge(met, count, Long::sum));
			communes += summary.communes();
		}
		ProvinceMatrix.Summary country = matrix.summary(ProvinceMatrix.COUNTRY, set, YEAR, all, Scope.everywhere());

		assertThat(country.communes()).isEqualTo(communes).isGreaterThan(3000);
		assertThat(country.byMetCount()).containsExactlyInAnyOrderEntriesOf(byProvince);
		// Lào Cai's demo scorecards: some communes meet criteria, so the counts are not all zero
		assertThat(country.byMetCount().keySet()).anySatisfy(met -> assertThat(met).isPositive());
	}

	@Test
	void aProvincesMatrixCountsItsCommunesAsTheProvincesSummaryDoes() {
		Catalog.SetView set = scorecards.set("XA-NTM-2026-2030", YEAR);
		String lao = jdbc.sql("SELECT path FROM administrative_unit WHERE level = 'PROVINCE' AND code = '15' AND valid_to IS NULL")
			.query(String.class)
			.single();
		ProvinceMatrix.Filter all = matrix.filter(null, null, YEAR);

		ProvinceMatrix.Matrix page = matrix.matrix(lao, set, YEAR, all, Scope.everywhere(), 0, 100, false);
		ProvinceMatrix.Summary summary = matrix.summary(lao, set, YEAR, all, Scope.everywhere());

		assertThat(page.summary()).isEqualTo(summary);
		assertThat(page.communes()).hasSize((int) Math.min(100, summary.communes()))
			.allSatisfy(commune -> assertThat(commune.code()).isNotBlank())
			.anySatisfy(commune -> assertThat(commune.metCount()).isPositive());
		assertThat(page.communes()).extracting(ProvinceMatrix.CommuneRow::code).isSorted();
	}

	@Test
	void theKeptPlanIsForcedForOneExecutionOnlyAndUndoneWhenItFails() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getAutoCommit()).isTrue();
			assertThat(keptPlan(connection, "SELECT current_setting('plan_cache_mode')")).isEqualTo("force_generic_plan");
			assertThat(planCacheMode(connection)).isEqualTo("auto");

			assertThatThrownBy(() -> keptPlan(connection, "SELECT (1 / 0)::text")).isInstanceOf(SQLException.class)
				.hasMessageContaining("division by zero");
			assertThat(planCacheMode(connection)).isEqualTo("auto");
		}
	}

	/** The first row set's value of {@code sql} run between {@link ProvinceMatrix#KEPT_PLAN_ON} and its end, as the national counts are. */
	private static String keptPlan(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement(ProvinceMatrix.KEPT_PLAN_ON + sql + ProvinceMatrix.KEPT_PLAN_OFF)) {
			boolean rows = statement.execute();
			while (!rows) {
				rows = statement.getMoreResults();
			}
			try (ResultSet value = statement.getResultSet()) {
				value.next();
				return value.getString(1);
			}
		}
	}

	private static String planCacheMode(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SHOW plan_cache_mode");
				ResultSet value = statement.executeQuery()) {
			value.next();
			return value.getString(1);
		}
	}
}
