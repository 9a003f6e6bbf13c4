package vn.giupxa.program;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.ReportingPeriod;

/**
 * The stored criteria of each scorecard ({@code criterion_result}, {@code assessment_result}): met, not met
 * or not entered per criterion against the commune's own threshold key, and "n met". Every write that can
 * change them (values, indicators and thresholds, a commune's region or group) recomputes the scorecards it
 * touches in its own transaction; scorecards written by SQL (demo data, the benchmark) are computed when
 * their set and period are first read. Recomputing takes one transaction-scoped advisory lock, so a
 * recomputation never stores what another, still uncommitted, write is changing.
 */
@Component
@Transactional
class CriterionResults {

	/**
	 * Criterion status of the scorecards of :set and :period (all, the communes :units, or those not yet
	 * computed), as rows (assessment_id, criterion_id, met). Thresholds are resolved once per indicator and
	 * key; a period's values are read per scorecard through their unique index (OFFSET 0 keeps the planner
	 * from hashing every value of every period).
	 */
	static final String COMPUTE = """
			WITH scorecards AS (
			  SELECT a.id, coalesce((SELECT cc.value FROM commune_classification cc
			               WHERE cc.unit_id = a.unit_id AND cc.kind = s.threshold_key AND cc.valid_from <= :periodEnd
			                 AND (cc.valid_to IS NULL OR cc.valid_to >= :periodStart)
			               ORDER BY cc.valid_from DESC LIMIT 1), 'ALL') AS key_value
			  FROM criteria_assessment a JOIN criteria_set s ON s.id = a.set_id
			  WHERE a.set_id = :set AND a.period = :period
			    AND (:allUnits OR a.unit_id = ANY (CAST(:units AS bigint[])))
			    AND NOT (:missingOnly AND EXISTS (SELECT 1 FROM assessment_result r WHERE r.assessment_id = a.id))
			), thresholds AS (
			  SELECT DISTINCT ON (th.indicator_id, th.key_value) th.indicator_id, th.key_value, th.value
			  FROM indicator_threshold th JOIN indicator i ON i.id = th.indicator_id
			  WHERE i.set_id = :set AND (th.year = :year OR th.year IS NULL)
			  ORDER BY th.indicator_id, th.key_value, th.year NULLS LAST
			), entered AS (
			  SELECT v.assessment_id, v.indicator_id, v.value, v.met
			  FROM scorecards a
			  CROSS JOIN LATERAL (SELECT * FROM assessment_value v WHERE v.assessment_id = a.id OFFSET 0) v
			), indicator_status AS (
			  SELECT a.id AS assessment_id, i.criterion_id,
			         CASE WHEN v.assessment_id IS NULL THEN NULL
			              WHEN i.comparison = 'MET' THEN v.met
			              WHEN t.value IS NULL THEN NULL
			              WHEN i.comparison = 'AT_LEAST' THEN v.value >= t.value
			              WHEN i.comparison = 'AT_MOST' THEN v.value <= t.value
			              ELSE v.value = t.value END AS met
			  FROM scorecards a
			  JOIN indicator i ON i.set_id = :set
			  LEFT JOIN entered v ON v.assessment_id = a.id AND v.indicator_id = i.id
			  LEFT JOIN thresholds t ON t.indicator_id = i.id AND t.key_value = a.key_value
			), criterion_status AS (
			  SELECT assessment_id, criterion_id,
			         CASE WHEN bool_or(met IS FALSE) THEN false WHEN bool_and(met IS TRUE) THEN true END AS met
			  FROM indicator_status GROUP BY assessment_id, criterion_id
			)
			""";

	private static final String STORE = COMPUTE + """
			, stored AS (
			  INSERT INTO criterion_result (assessment_id, criterion_id, met)
			  SELECT assessment_id, criterion_id, met FROM criterion_status
			)
			INSERT INTO assessment_result (assessment_id, met_count)
			SELECT a.id, count(*) FILTER (WHERE cs.met)
			FROM scorecards a LEFT JOIN criterion_status cs ON cs.assessment_id = a.id
			GROUP BY a.id""";

	private static final String SCORECARDS = """
			SELECT id FROM criteria_assessment
			WHERE set_id = :set AND period = :period AND (:allUnits OR unit_id = ANY (CAST(:units AS bigint[])))""";

	/** Any number, the same for every caller: the key of the advisory lock that serialises recomputations. */
	private static final long LOCK = 0x6769757058610001L;

	private final JdbcClient jdbc;

	CriterionResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Recomputes the scorecards of these communes for the set and period (call after writing their values). */
	void refresh(long setId, String period, Collection<Long> unitIds) {
		store(setId, period, unitIds, false);
	}

	/** Recomputes every scorecard of the set, in every period (after its indicators or thresholds changed). */
	void refreshSet(long setId) {
		jdbc.sql("SELECT DISTINCT period FROM criteria_assessment WHERE set_id = :set")
			.param("set", setId)
			.query(String.class)
			.list()
			.forEach(period -> store(setId, period, null, false));
	}

	/** Recomputes every scorecard of the commune (after its region or group changed). */
	void refreshCommune(long unitId) {
		jdbc.sql("SELECT DISTINCT set_id, period FROM criteria_assessment WHERE unit_id = :unit")
			.param("unit", unitId)
			.query((rs, row) -> new SetPeriod(rs.getLong("set_id"), rs.getString("period")))
			.list()
			.forEach(scorecards -> store(scorecards.setId(), scorecards.period(), List.of(unitId), false));
	}

	/** Computes, in a transaction of its own, the scorecards of the set and period that have no result yet. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void fillMissing(long setId, String period) {
		store(setId, period, null, true);
	}

	private void store(long setId, String period, Collection<Long> unitIds, boolean missingOnly) {
		jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) locked").param("key", LOCK).query(Integer.class).single();
		Map<String, Object> params = params(setId, ReportingPeriod.parse(period), unitIds);
		if (!missingOnly) {
			jdbc.sql("DELETE FROM criterion_result WHERE assessment_id IN (" + SCORECARDS + ")").params(params).update();
			jdbc.sql("DELETE FROM assessment_result WHERE assessment_id IN (" + SCORECARDS + ")").params(params).update();
		}
		params.put("missingOnly", missingOnly);
		jdbc.sql(STORE).params(params).update();
	}

	static Map<String, Object> params(long setId, ReportingPeriod period, Collection<Long> unitIds) {
		Map<String, Object> params = new HashMap<>();
		params.put("set", setId);
		params.put("period", period.code());
		params.put("periodStart", period.start());
		params.put("periodEnd", period.end());
		params.put("year", period.lastYear());
		params.put("allUnits", unitIds == null);
		params.put("units", unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new));
		params.put("missingOnly", false);
		return params;
	}

	private record SetPeriod(long setId, String period) {
	}
}
