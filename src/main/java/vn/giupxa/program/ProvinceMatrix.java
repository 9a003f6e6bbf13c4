package vn.giupxa.program;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.giupxa.shared.HelperDirectory;
import vn.giupxa.shared.JdbcReads;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Scope;
import vn.giupxa.shared.StatementHints;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitView;

/**
 * Communes × criteria of a province for one set and period: each criterion met, not met or not entered
 * against the commune's own threshold key, and counts by number of criteria met, read from the results
 * stored with each scorecard. The same counts of the whole country ({@link #NATIONAL_STATUS}) give the national
 * "n of N".
 */
@Component
@JdbcReads
class ProvinceMatrix {

	/**
	 * "n met" per commune (communes of the map on :asOf whose path is from :areaFrom, included, to :areaTo, excluded —
	 * a province or a part of one, {@link #areaRange} — in the caller's scope, optionally among :communePaths) read from
	 * the stored results of their scorecards ({@link CriterionResults}); {@code uncomputed}: the commune has a scorecard
	 * without stored results yet (written by SQL).
	 * <p>
	 * Each commune's scorecard is looked up by its index (a lateral join), so the plan is the same for every area and
	 * every parameter value: the statement is prepared once per connection and runs on PostgreSQL's cached plan
	 * ({@link StatementHints#CACHED_PLAN}) instead of being planned on every request (0.4–0.5 ms a statement of
	 * 1.2–2 ms, bench/program). The path range, unlike {@code LIKE :prefix}, is an index range in that plan too.
	 */
	static final String STATUS = StatementHints.CACHED_PLAN + """
			WITH communes AS (
			  SELECT u.id, u.code, u.name
			  FROM administrative_unit u
			  WHERE u.level = 'COMMUNE' AND u.path ~>=~ :areaFrom AND u.path ~<~ :areaTo
			    AND (u.valid_from IS NULL OR u.valid_from <= :asOf) AND (u.valid_to IS NULL OR u.valid_to >= :asOf)
			    AND (:unrestricted OR u.path LIKE ANY (CAST(:patterns AS text[])))
			    AND (:anyCommune OR u.path = ANY (CAST(:communePaths AS text[])))
			), per_commune AS (
			  SELECT c.id, c.code, c.name,
			         (SELECT cc.value FROM commune_classification cc
			          WHERE cc.unit_id = c.id AND cc.kind = :keyKind AND cc.valid_from <= :periodEnd
			            AND (cc.valid_to IS NULL OR cc.valid_to >= :periodStart)
			          ORDER BY cc.valid_from DESC LIMIT 1) AS key_value,
			         s.assessment_id, coalesce(s.met_count, 0) AS met_count,
			         (SELECT count(*) FROM criterion WHERE set_id = :set) AS criteria_count,
			         s.assessment_id IS NOT NULL AND s.result_id IS NULL AS uncomputed
			  FROM communes c
			  LEFT JOIN LATERAL (SELECT a.id AS assessment_id, r.assessment_id AS result_id, r.met_count
			                     FROM criteria_assessment a LEFT JOIN assessment_result r ON r.assessment_id = a.id
			                     WHERE a.unit_id = c.id AND a.set_id = :set AND a.period = :period
			                     LIMIT 1) s ON true
			)
			""";

	/**
	 * {@link #STATUS} for the whole country: every commune of the map in the caller's scope, their scorecards joined
	 * by hashing (3,321 index look-ups were eight times slower). Its plan is that hash join for any value, so it too is
	 * prepared and kept ({@link StatementHints#CACHED_PLAN}); PostgreSQL estimates the kept plan a little dearer than
	 * one made for the values (1,500 against 1,181) and would plan it on every execution, so its executions use the
	 * kept one ({@link #KEPT_PLAN_ON}).
	 */
	static final String NATIONAL_STATUS = StatementHints.CACHED_PLAN + """
			WITH communes AS (
			  SELECT u.id, u.code, u.name
			  FROM administrative_unit u
			  WHERE u.level = 'COMMUNE'
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
			         (SELECT count(*) FROM criterion WHERE set_id = :set) AS criteria_count,
			         a.id IS NOT NULL AND r.assessment_id IS NULL AS uncomputed
			  FROM keyed k
			  LEFT JOIN criteria_assessment a ON a.unit_id = k.id AND a.set_id = :set AND a.period = :period
			  LEFT JOIN assessment_result r ON r.assessment_id = a.id
			)
			""";

	/** The path of the whole country, whose counts are read by {@link #NATIONAL_STATUS}. */
	static final String COUNTRY = "/";

	/**
	 * Sent before the national counts in their execution (and {@link #KEPT_PLAN_OFF} after them): PostgreSQL uses its
	 * kept plan of a prepared statement for this execution only. An execution is one implicit transaction, so when a
	 * statement of it fails the SET is undone with it (and the RESET not needed): no pooled connection keeps it.
	 */
	static final String KEPT_PLAN_ON = "SET plan_cache_mode = force_generic_plan;\n";

	/** Ends {@link #KEPT_PLAN_ON}. */
	static final String KEPT_PLAN_OFF = ";\nRESET plan_cache_mode";

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

	/**
	 * The counts of {@link #STATUS} (%s: an optional WHERE on the key value) by number of criteria met, with how
	 * many of those communes' scorecards have no stored results yet.
	 */
	static final String COUNTS = """
			SELECT met_count, count(*) AS communes, count(*) FILTER (WHERE uncomputed) AS uncomputed
			FROM per_commune %s GROUP BY met_count ORDER BY met_count DESC""";

	/** What {@link #readPage} returns when {@link Catalog#SET_CHECK} finds the set gone or changed. */
	private static final long CHANGED = -1;

	private final NamedParameterJdbcTemplate statements;

	private final HelperDirectory helpers;

	private final CriterionResults results;

	private final Catalog catalog;

	private final Scorecards scorecards;

	ProvinceMatrix(NamedParameterJdbcTemplate statements, HelperDirectory helpers, CriterionResults results,
			Catalog catalog, Scorecards scorecards) {
		this.statements = statements;
		this.helpers = helpers;
		this.results = results;
		this.catalog = catalog;
		this.scorecards = scorecards;
	}

	/** The filter of a region or group (blank: all) and of the communes a helper helps during the period (null: all). */
	Filter filter(String keyValue, Long helperId, ReportingPeriod period) {
		return new Filter(keyValue(keyValue),
				helperId == null ? null : helpers.communesOf(helperId, period.start(), period.end()));
	}

	/** The region or group a filter counts, as {@link #filter} reads it from a request: null (all) when blank. */
	static String keyValue(String requested) {
		return requested == null || requested.isBlank() ? null : requested.strip();
	}

	/** The helpers of the area's communes during the period, for the filter. */
	List<HelperDirectory.HelperEntry> helpers(String areaPath, ReportingPeriod period) {
		return helpers.helpers(areaPath, period.start(), period.end());
	}

	/**
	 * The province with this code ({@link Scorecards#province}) and a page of its matrix of the set with this code (the
	 * commune set in force on the period's end when blank), with the counts of all the communes it is a page of and no
	 * headings. A province and a set found by earlier requests ({@link Scorecards#rememberedProvince},
	 * {@link Catalog#remembered}) are not looked up first: they are checked in the matrix's own execution
	 * ({@link Territory#FIND_BY_CODE}, {@link Catalog#SET_CHECK}), and looked up, then the matrix read again, only when
	 * one is gone or changed. With the set's criteria for the headings when {@code headings} ({@link Catalog#HEADINGS}).
	 */
	Located matrix(String provinceCode, String setCode, ReportingPeriod period, Filter filter, Scope scope, int page,
			int size, boolean headings) {
		Optional<UnitView> province = scorecards.rememberedProvince(provinceCode, period, scope);
		Optional<Catalog.SetView> set = catalog.remembered(setCode);
		if (province.isPresent() || set.isPresent()) {
			UnitView unit = province.orElseGet(() -> scorecards.province(provinceCode, period, scope));
			Catalog.SetView counted = set.orElseGet(() -> scorecards.set(setCode, period));
			Matrix rows = read(unit.path(), province.orElse(null), counted, set.isPresent(), period, filter, scope, page,
					size, headings);
			if (rows != null) {
				return new Located(unit, rows);
			}
		}
		UnitView unit = scorecards.province(provinceCode, period, scope);
		return new Located(unit,
				matrix(unit.path(), scorecards.set(setCode, period), period, filter, scope, page, size, headings));
	}

	/**
	 * A page of the matrix with the counts of all the communes it is a page of, and with the set's criteria for the
	 * table's headings when {@code headings} ({@link Catalog#HEADINGS}; otherwise none): the statements are sent in one
	 * round trip to the database (one execution, a result each) instead of one each. When the counts find scorecards
	 * without stored results, those are computed and the statements run again, as in {@link #counts}.
	 */
	Matrix matrix(String provincePath, Catalog.SetView set, ReportingPeriod period, Filter filter, Scope scope,
			int page, int size, boolean headings) {
		return read(provincePath, null, set, false, period, filter, scope, page, size, headings);
	}

	/**
	 * {@link #matrix}; null when {@code checkedProvince} (when not null) or, with {@code checkSet}, the set is found
	 * gone or changed by its check ({@link Territory#FIND_BY_CODE}, {@link Catalog#SET_CHECK}).
	 */
	private Matrix read(String provincePath, UnitView checkedProvince, Catalog.SetView set, boolean checkSet,
			ReportingPeriod period, Filter filter, Scope scope, int page, int size, boolean headings) {
		Map<String, Object> params = params(provincePath, set, period, filter, scope);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		boolean byKey = filter.keyValue() != null;
		Checks checks = new Checks(checkedProvince, checkSet ? set : null, period, params);
		String sql = checks.sql() + STATUS
				+ COUNTS.formatted(byKey ? "WHERE key_value = :keyValue" : "") + ";\n"
				+ STATUS + PAGE.formatted(byKey ? "WHERE p.key_value = :keyValue" : "")
				+ (headings ? ";\n" + Catalog.HEADINGS : "");
		Map<Integer, Long> byCount = new LinkedHashMap<>();
		List<CommuneRow> communes = new ArrayList<>();
		List<Catalog.CriterionView> criteria = new ArrayList<>();
		long uncomputed = readPage(sql, params, checks, byCount, communes, criteria);
		if (uncomputed == CHANGED) {
			return null;
		}
		if (uncomputed > 0) {
			results.fillMissing(set.id(), period.code());
			byCount.clear();
			communes.clear();
			criteria.clear();
			if (readPage(sql, params, checks, byCount, communes, criteria) == CHANGED) {
				return null;
			}
		}
		return new Matrix(set, communes, summary(byCount, set), criteria);
	}

	/**
	 * How many communes meet how many criteria, and how many are within two criteria of all, for the set with this
	 * code (the commune set in force on the period's end when blank): a set found by an earlier request is checked in
	 * the counts' own execution, as in {@link #matrix(String, String, ReportingPeriod, Filter, Scope, int, int)}.
	 */
	Summary summary(String areaPath, String setCode, ReportingPeriod period, Filter filter, Scope scope) {
		Optional<Catalog.SetView> remembered = catalog.remembered(setCode);
		if (remembered.isPresent()) {
			Summary summary = counts(params(areaPath, remembered.get(), period, filter, scope), remembered.get(), true,
					period);
			if (summary != null) {
				return summary;
			}
		}
		return summary(areaPath, scorecards.set(setCode, period), period, filter, scope);
	}

	/** How many communes meet how many criteria, and how many are within two criteria of all. */
	Summary summary(String areaPath, Catalog.SetView set, ReportingPeriod period, Filter filter, Scope scope) {
		return counts(params(areaPath, set, period, filter, scope), set, false, period);
	}

	/**
	 * The counts of the communes the parameters select (with {@code check}, null when {@link Catalog#SET_CHECK}
	 * finds the set gone or changed). Scorecards written by SQL (demo data, the benchmark) have no stored results
	 * until they are first read: when the statement finds any among the communes it counts, the set and period's
	 * missing results are computed and stored ({@link CriterionResults#fillMissing}, its own transaction) and the
	 * statement runs again, so a count never includes a scorecard without its results.
	 */
	private Summary counts(Map<String, Object> params, Catalog.SetView set, boolean check, ReportingPeriod period) {
		boolean country = COUNTRY.equals(params.get("areaFrom"));
		String counts = (country ? NATIONAL_STATUS : STATUS)
				+ COUNTS.formatted(params.get("keyValue") == null ? "" : "WHERE key_value = :keyValue");
		Map<Integer, Long> byCount = new LinkedHashMap<>();
		Checks checks = new Checks(null, check ? set : null, period, params);
		long uncomputed = readPage(keptPlan(checks.sql() + counts, country), params, checks, byCount, null, null);
		if (uncomputed == CHANGED) {
			return null;
		}
		if (uncomputed > 0) {
			results.fillMissing(set.id(), period.code());
			byCount.clear();
			readPage(keptPlan(counts, country), params, Checks.NONE, byCount, null, null);
		}
		return summary(byCount, set);
	}

	private static Summary summary(Map<Integer, Long> byCount, Catalog.SetView set) {
		int criteria = set.criteriaCount();
		long total = 0;
		long nearlyThere = 0;
		for (Map.Entry<Integer, Long> count : byCount.entrySet()) {
			total += count.getValue();
			if (count.getKey() < criteria && count.getKey() >= criteria - 2) {
				nearlyThere += count.getValue();
			}
		}
		return new Summary(total, criteria, byCount, byCount.getOrDefault(criteria, 0L), nearlyThere);
	}

	/**
	 * Runs the statements of {@link #matrix} or {@link #counts} in one execution: the {@code checks}, the counts, and
	 * when {@code communes} is not null the page and optionally the headings; fills {@code byCount}, {@code communes}
	 * and {@code criteria} from their results and returns how many counted communes have no stored results, or
	 * {@link #CHANGED}.
	 */
	private long readPage(String sql, Map<String, Object> params, Checks checks, Map<Integer, Long> byCount,
			List<CommuneRow> communes, List<Catalog.CriterionView> criteria) {
		Long uncomputed = statements.execute(sql, params, (PreparedStatement statement) -> {
			long missing = 0;
			boolean rowSet = statement.execute();
			while (!rowSet) { // a SET first (KEPT_PLAN_ON)
				if (statement.getUpdateCount() == -1) {
					throw new IllegalStateException("a statement of the matrix gave no result");
				}
				rowSet = statement.getMoreResults();
			}
			if (!checks.pass(statement)) {
				return CHANGED;
			}
			try (ResultSet counts = statement.getResultSet()) {
				while (counts.next()) {
					missing += count(counts, byCount);
				}
			}
			if (communes == null) {
				return missing;
			}
			next(statement);
			try (ResultSet rows = statement.getResultSet()) {
				while (rows.next()) {
					communes.add(new CommuneRow(rows.getString("code"), rows.getString("name"), rows.getString("key_value"),
							rows.getInt("met_count"), rows.getInt("criteria_count"),
							status(rows.getString("numbers"), rows.getString("met"))));
				}
			}
			if (statement.getMoreResults()) {
				try (ResultSet headings = statement.getResultSet()) {
					while (headings.next()) {
						criteria.add(Catalog.heading(headings));
					}
				}
			}
			return missing;
		});
		return uncomputed == null ? 0 : uncomputed;
	}

	private static void next(PreparedStatement statement) throws SQLException {
		if (!statement.getMoreResults()) {
			throw new IllegalStateException("a statement of the matrix gave no result");
		}
	}

	/** Adds a row of {@link #COUNTS} to {@code byCount} and returns its communes without stored results. */
	private static long count(ResultSet rs, Map<Integer, Long> byCount) throws SQLException {
		byCount.put(rs.getInt("met_count"), rs.getLong("communes"));
		return rs.getLong("uncomputed");
	}

	private static Map<String, Object> params(String areaPath, Catalog.SetView set, ReportingPeriod period, Filter filter,
			Scope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("keyValue", filter.keyValue());
		params.put("anyCommune", filter.communePaths() == null);
		params.put("communePaths", filter.communePaths() == null ? new String[0] : filter.communePaths().toArray(String[]::new));
		String[] range = areaRange(areaPath);
		params.put("areaFrom", range[0]);
		params.put("areaTo", range[1]);
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

	/** The statements between {@link #KEPT_PLAN_ON} and {@link #KEPT_PLAN_OFF} when {@code kept}. */
	private static String keptPlan(String sql, boolean kept) {
		return kept ? KEPT_PLAN_ON + sql + KEPT_PLAN_OFF : sql;
	}

	/**
	 * The paths under {@code areaPath} as a range: from the path itself, included, to the path with its last character
	 * raised by one, excluded (paths are ASCII: "/", digits; "/79/" → "/790"), compared byte by byte as the path index
	 * does. (No unmatched bracket in this text: Spring Modulith's reader of the Javadoc it documents fails on one.)
	 */
	static String[] areaRange(String areaPath) {
		char last = areaPath.charAt(areaPath.length() - 1);
		return new String[] { areaPath, areaPath.substring(0, areaPath.length() - 1) + (char) (last + 1) };
	}

	/**
	 * Criterion number → met (true), not met (false) or not entered (null) from the two arrays of a row of {@link #PAGE}
	 * in PostgreSQL's text form ({@code {1,2,10}} and {@code {t,f,NULL}}; null when the commune has no scorecard), read
	 * here: pgjdbc's array decoding was a tenth of the matrix's processor time (JFR).
	 */
	static Map<Integer, Boolean> status(String numbers, String met) {
		Map<Integer, Boolean> status = new HashMap<>();
		if (numbers == null || numbers.length() <= 2) {
			return status;
		}
		int number = 0;
		int result = 1;
		for (int i = 1; i < numbers.length(); i++) {
			char digit = numbers.charAt(i);
			if (digit >= '0' && digit <= '9') {
				number = number * 10 + (digit - '0');
				continue;
			}
			char value = met.charAt(result);
			status.put(number, value == 't' ? Boolean.TRUE : value == 'f' ? Boolean.FALSE : null);
			result = met.indexOf(',', result) + 1;
			number = 0;
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

	/** A matrix with the province it is of. */
	record Located(UnitView province, Matrix matrix) {
	}

	/**
	 * The checks a statement runs first, in its own execution: that a remembered province ({@link Territory#FIND_BY_CODE})
	 * and a remembered set ({@link Catalog#SET_CHECK}) are still as remembered; either may be null (not checked).
	 */
	private record Checks(UnitView province, Catalog.SetView set) {

		static final Checks NONE = new Checks(null, null);

		/** The checks of these, with their parameters put into {@code params}. */
		Checks(UnitView province, Catalog.SetView set, ReportingPeriod period, Map<String, Object> params) {
			this(province, set);
			if (province != null) {
				params.put("unitCode", province.code());
				params.put("unitAsOf", period.start());
			}
			if (set != null) {
				params.put("setCode", set.code());
			}
		}

		String sql() {
			return (province == null ? "" : Territory.FIND_BY_CODE + ";\n") + (set == null ? "" : Catalog.SET_CHECK + ";\n");
		}

		/** Reads the checks' results (the statement is on the first); false when one fails. */
		boolean pass(PreparedStatement statement) throws SQLException {
			if (province != null) {
				try (ResultSet unit = statement.getResultSet()) {
					if (!unit.next() || !Territory.isSame(unit, province)) {
						return false;
					}
				}
				next(statement);
			}
			if (set != null) {
				try (ResultSet found = statement.getResultSet()) {
					if (!found.next() || !Catalog.sameForCounts(found, set)) {
						return false;
					}
				}
				next(statement);
			}
			return true;
		}
	}

	/** {@code set}: the set counted; {@code criteria}: its criteria for the headings, when asked for (otherwise empty). */
	record Matrix(Catalog.SetView set, List<CommuneRow> communes, Summary summary, List<Catalog.CriterionView> criteria) {
	}
}
