package vn.giupxa.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Scope;

/** The paged, scoped list of plan targets with their actuals, progress and on-track flag. */
@Component
@Transactional(readOnly = true)
class Targets {

	private static final String FROM = """
			FROM plan_target t
			JOIN administrative_unit u ON u.id = t.unit_id
			LEFT JOIN program_component c ON c.id = t.component_id
			LEFT JOIN target_program p ON p.id = c.program_id
			LEFT JOIN indicator i ON i.id = t.indicator_id
			LEFT JOIN criteria_set s ON s.id = i.set_id
			WHERE (:unrestricted OR u.path LIKE ANY (CAST(:patterns AS text[])))
			""";

	private final JdbcClient jdbc;

	Targets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<TargetRow> list(String unitCode, String period, Scope scope, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("unrestricted", scope.unrestricted());
		params.put("patterns", scope.likePatterns().toArray(String[]::new));
		StringBuilder where = new StringBuilder();
		if (unitCode != null && !unitCode.isBlank()) {
			where.append(" AND u.code = :unit");
			params.put("unit", unitCode.strip());
		}
		if (period != null && !period.isBlank()) {
			where.append(" AND t.period = :period");
			params.put("period", period.strip());
		}
		long total = jdbc.sql("SELECT count(*) " + FROM + where).params(params).query(Long.class).single();
		List<TargetRow> rows = jdbc.sql("""
				SELECT t.id, t.name, t.measure_unit, t.period, t.planned, t.illustrative, t.version,
				       u.code AS unit_code, u.name AS unit_name, p.code AS program_code, c.number AS component_number,
				       c.name AS component_name, s.code AS set_code, i.code AS indicator_code
				""" + FROM + where + " ORDER BY u.code, t.period, t.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new TargetRow(rs.getLong("id"), rs.getString("unit_code"), rs.getString("unit_name"),
					rs.getString("program_code"), rs.getString("component_number"), rs.getString("component_name"),
					rs.getString("set_code"), rs.getString("indicator_code"), rs.getString("name"),
					rs.getString("measure_unit"), rs.getString("period"), rs.getBigDecimal("planned"),
					rs.getBoolean("illustrative"), rs.getLong("version"), new ArrayList<>()))
			.list();
		if (!rows.isEmpty()) {
			Map<Long, List<Actual>> actuals = jdbc.sql("SELECT target_id, period, value FROM target_actual WHERE target_id IN (:ids)")
				.param("ids", rows.stream().map(TargetRow::id).toList())
				.query((rs, n) -> new Actual(rs.getLong("target_id"), ReportingPeriod.parse(rs.getString("period")),
						rs.getBigDecimal("value")))
				.list()
				.stream()
				.collect(Collectors.groupingBy(Actual::targetId));
			rows.forEach(row -> row.actuals().addAll(actuals.getOrDefault(row.id(), List.of())
				.stream()
				.sorted(Comparator.comparing((Actual a) -> a.period().end()))
				.toList()));
		}
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** An actual of a period: 6 and 9 months and the year are cumulative, a quarter counts only itself. */
	record Actual(long targetId, ReportingPeriod period, BigDecimal value) {
	}

	record TargetRow(long id, String unitCode, String unitName, String programCode, String componentNumber,
			String componentName, String setCode, String indicatorCode, String name, String measureUnit, String period,
			BigDecimal planned, boolean illustrative, long version, List<Actual> actuals) {

		/** What was achieved by the latest reported period. */
		public BigDecimal achieved() {
			ReportingPeriod own = ReportingPeriod.parse(period);
			BigDecimal sum = BigDecimal.ZERO;
			for (int year = own.year(); year <= own.lastYear(); year++) {
				sum = sum.add(achievedIn(year));
			}
			return sum;
		}

		private BigDecimal achievedIn(int year) {
			List<Actual> ofYear = actuals.stream().filter(a -> a.period().year() == year).toList();
			Actual latestCumulative = ofYear.stream()
				.filter(a -> a.period().kind() != ReportingPeriod.Kind.QUARTER)
				.max(Comparator.comparing(a -> a.period().end()))
				.orElse(null);
			java.time.LocalDate after = latestCumulative == null ? java.time.LocalDate.of(year, 1, 1).minusDays(1)
					: latestCumulative.period().end();
			BigDecimal later = ofYear.stream()
				.filter(a -> a.period().kind() == ReportingPeriod.Kind.QUARTER && a.period().start().isAfter(after))
				.map(Actual::value)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			return (latestCumulative == null ? BigDecimal.ZERO : latestCumulative.value()).add(later);
		}

		/** Achieved as a percentage of the plan, or null without a plan. */
		public BigDecimal progressPercent() {
			if (planned.signum() == 0) {
				return null;
			}
			return achieved().multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
		}

		/** On track when the share achieved is at least the share of the target's time that has passed by the last report. */
		public Boolean onTrack() {
			if (actuals.isEmpty() || planned.signum() == 0) {
				return null;
			}
			ReportingPeriod own = ReportingPeriod.parse(period);
			ReportingPeriod last = actuals.get(actuals.size() - 1).period();
			int years = own.lastYear() - own.year() + 1;
			double elapsed = (last.year() - own.year() + last.shareOfYearElapsed()) / years;
			return achieved().doubleValue() / planned.doubleValue() >= elapsed - 1e-9;
		}
	}
}
