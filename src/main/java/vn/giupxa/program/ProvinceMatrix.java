package vn.giupxa.program;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.HelperDirectory;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Scope;

/**
 * Communes × criteria of a province for one set and period: each criterion met, not met or not entered
 * against the commune's own threshold key, and counts by number of criteria met, read from the results
 * stored with each scorecard. The same statement, without the province, gives the national "n of N".
 */
@Component
@Transactional(readOnly = true)
class ProvinceMatrix {

	/** How long a set and period found complete goes without checking every scorecard again. */
	static final Duration RECHECK = Duration.ofMinutes(1);

	/**
	 * "n met" per commune (communes of the map on :asOf under :area, in the caller's scope, optionally
	 * among :communePaths) read from the stored results of their scorecards ({@link CriterionResults}).
	 */
	static final String STATUS = """
			WITH communes AS (
			  SELECT u.id, u.code, u.name
			  FROM administrative_unit u
			  WHERE u.level = 'COMMUNE' AND u.path LIKE :area
			    AND (u.valid_from IS NULL OR u.valid_from <= :asOf) AND (u.valid_to IS NULL OR u.valid_to >= :asOf)
			    AND (:unrestricted OR u.path LIKE ANY (CAST(:patterns AS text[])))
			    AND (:anyCommune OR u.path = ANY (CAST(:communePaths AS text[])))
			), keyed AS (
			  SELECT c.*, (SELECT cc.value FROM commune_classification cc
			               WHERE cc.unit_id = c.id AND cc.kind = :keyKind AND cc.valid_from <= :periodEnd
			                 AND (cc.valid_to IS NULL OR cc.valid_to >= :periodStart)
			               ORDER BY cc.valid_from DESC LIMIT 1) AS key_value
			  FROM communes c
			), per_commune AS (
			  SELECT k.id, k.code, k.name, k.key_value, a.id AS assessment_id, coalesce(r.met_count, 0) AS met_count,
			         (SELECT count(*) FROM criterion WHERE set_id = :set) AS criteria_count
			  FROM keyed k
			  LEFT JOIN criteria_assessment a ON a.unit_id = k.id AND a.set_id = :set AND a.period = :period
			  LEFT JOIN assessment_result r ON r.assessment_id = a.id
			)
			""";

	/**
	 * A page of communes of {@link #STATUS} (%s: an optional WHERE on the key value), one row per commune with
	 * its criteria's numbers and results as two arrays (one row per commune and criterion was ten times the rows
	 * to send and read).
	 */
	static final String PAGE = """
			SELECT p.*, r.numbers, r.met
			FROM (SELECT * FROM per_commune p %s ORDER BY p.code LIMIT :limit OFFSET :offset) p
			LEFT JOIN LATERAL (SELECT array_agg(cr.number ORDER BY cr.number) AS numbers,
			                          array_agg(r.met ORDER BY cr.number) AS met
			                   FROM criterion_result r JOIN criterion cr ON cr.id = r.criterion_id
			                   WHERE r.assessment_id = p.assessment_id) r ON true
			ORDER BY p.code""";

	private final JdbcClient jdbc;

	private final HelperDirectory helpers;

	private final CriterionResults results;

	/** Per set and period: the newest scorecard id when all scorecards last had their results. */
	private final Map<String, Checked> complete = new ConcurrentHashMap<>();

	ProvinceMatrix(JdbcClient jdbc, HelperDirectory helpers, CriterionResults results) {
		this.jdbc = jdbc;
		this.helpers = helpers;
		this.results = results;
	}

	/** The filter of a region or group (blank: all) and of the communes a helper helps during the period (null: all). */
	Filter filter(String keyValue, Long helperId, ReportingPeriod period) {
		return new Filter(keyValue == null || keyValue.isBlank() ? null : keyValue.strip(),
				helperId == null ? null : helpers.communesOf(helperId, period.start(), period.end()));
	}

	/** The helpers of the area's communes during the period, for the filter. */
	List<HelperDirectory.HelperEntry> helpers(String areaPath, ReportingPeriod period) {
		return helpers.helpers(areaPath, period.start(), period.end());
	}

	Matrix matrix(String provincePath, Catalog.SetView set, ReportingPeriod period, Filter filter, Scope scope,
			int page, int size) {
		computed(set, period);
		Map<String, Object> params = params(provincePath, set, period, filter, scope);
		String where = filter.keyValue() == null ? "" : "WHERE p.key_value = :keyValue";
		List<CommuneRow> communes = jdbc.sql(STATUS + PAGE.formatted(where))
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new CommuneRow(rs.getString("code"), rs.getString("name"), rs.getString("key_value"),
					rs.getInt("met_count"), rs.getInt("criteria_count"), status(rs.getArray("numbers"), rs.getArray("met"))))
			.list();
		return new Matrix(communes, counts(params, set));
	}

	/** How many communes meet how many criteria, and how many are within two criteria of all. */
	Summary summary(String areaPath, Catalog.SetView set, ReportingPeriod period, Filter filter, Scope scope) {
		computed(set, period);
		return counts(params(areaPath, set, period, filter, scope), set);
	}

	private Summary counts(Map<String, Object> params, Catalog.SetView set) {
		String where = params.get("keyValue") == null ? "" : " WHERE key_value = :keyValue";
		Map<Integer, Long> byCount = new LinkedHashMap<>();
		jdbc.sql(STATUS + "SELECT met_count, count(*) AS communes FROM per_commune" + where
				+ " GROUP BY met_count ORDER BY met_count DESC")
			.params(params)
			.query((rs, n) -> byCount.put(rs.getInt("met_count"), rs.getLong("communes")))
			.list();
		int criteria = set.criteriaCount();
		long total = byCount.values().stream().mapToLong(Long::longValue).sum();
		long nearlyThere = byCount.entrySet().stream()
			.filter(e -> e.getKey() < criteria && e.getKey() >= criteria - 2)
			.mapToLong(Map.Entry::getValue)
			.sum();
		return new Summary(total, criteria, byCount, byCount.getOrDefault(criteria, 0L), nearlyThere);
	}

	/**
	 * Scorecards written by SQL (demo data, benchmark) get their stored results before they are read. Checking
	 * every scorecard of a set and period took 4 ms on national data, as long as the summary itself, so a
	 * set and period found complete is not checked again while no scorecard was added since (the newest id,
	 * one index read) and for at most {@link #RECHECK}: the application's own writes store results with the
	 * scorecard, so only rows written by SQL while the application runs can wait that long.
	 */
	private void computed(Catalog.SetView set, ReportingPeriod period) {
		String key = set.id() + "/" + period.code();
		long newest = jdbc.sql("SELECT coalesce(max(id), 0) FROM criteria_assessment").query(Long.class).single();
		Checked checked = complete.get(key);
		if (checked != null && checked.newestScorecard() == newest
				&& System.nanoTime() - checked.at() < RECHECK.toNanos()) {
			return;
		}
		if (!results.complete(set.id(), period.code())) {
			results.fillMissing(set.id(), period.code());
		}
		complete.put(key, new Checked(newest, System.nanoTime()));
	}

	private record Checked(long newestScorecard, long at) {
	}

	private static Map<String, Object> params(String areaPath, Catalog.SetView set, ReportingPeriod period, Filter filter,
			Scope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("keyValue", filter.keyValue());
		params.put("anyCommune", filter.communePaths() == null);
		params.put("communePaths", filter.communePaths() == null ? new String[0] : filter.communePaths().toArray(String[]::new));
		params.put("area", areaPath + "%");
		params.put("asOf", period.start());
		params.put("unrestricted", scope.unrestricted());
		params.put("patterns", scope.likePatterns().toArray(String[]::new));
		params.put("keyKind", set.thresholdKey().name());
		params.put("periodStart", period.start());
		params.put("periodEnd", period.end());
		params.put("year", period.lastYear());
		params.put("set", set.id());
		params.put("period", period.code());
		return params;
	}

	/** Criterion number → met (true), not met (false) or not entered (null) from the two arrays of a row of {@link #PAGE}. */
	private static Map<Integer, Boolean> status(Array numbers, Array met) throws SQLException {
		Map<Integer, Boolean> status = new HashMap<>();
		if (numbers != null) {
			Integer[] criteria = (Integer[]) numbers.getArray();
			Boolean[] results = (Boolean[]) met.getArray();
			for (int i = 0; i < criteria.length; i++) {
				status.put(criteria[i], results[i]);
			}
		}
		return status;
	}

	/** One line of the matrix: criterion number → met (true), not met (false) or not entered (absent / null). */
	record CommuneRow(String code, String name, String keyValue, int metCount, int criteriaCount,
			Map<Integer, Boolean> status) {

		public boolean nearlyThere() {
			return metCount < criteriaCount && metCount >= criteriaCount - 2;
		}

		/** The cells of the line in the order of these criteria (the page renders up to 1,000 of them). */
		public List<Cell> cells(List<Catalog.CriterionView> criteria) {
			return criteria.stream().map(criterion -> Cell.of(status.get(criterion.number()))).toList();
		}
	}

	/** A matrix cell as the page shows it: colour, symbol and the message key of its label. */
	enum Cell {

		MET("table-success", "✓", "program.met.true"), NOT_MET("table-danger", "✗", "program.met.false"),
		NOT_ENTERED("table-light", "·", "program.met.unknown");

		private final String css;

		private final String symbol;

		private final String label;

		Cell(String css, String symbol, String label) {
			this.css = css;
			this.symbol = symbol;
			this.label = label;
		}

		static Cell of(Boolean met) {
			return met == null ? NOT_ENTERED : met ? MET : NOT_MET;
		}

		public String css() {
			return css;
		}

		public String symbol() {
			return symbol;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * Which communes to count: of one region or group ({@code keyValue}, null for all) and among these
	 * commune paths (those a helper helps; null for all).
	 */
	record Filter(String keyValue, Set<String> communePaths) {
	}

	record Summary(long communes, int criteria, Map<Integer, Long> byMetCount, long allMet, long missingTwoOrFewer) {
	}

	record Matrix(List<CommuneRow> communes, Summary summary) {
	}
}
