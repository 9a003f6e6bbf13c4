package vn.giupxa.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.JdbcReads;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Scope;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * Reads a commune's scorecard: each indicator's value against the commune's own threshold (by its
 * region or commune group), met per criterion, "n of N", the gap, its history and recognitions.
 */
@Component
@JdbcReads
class Scorecards {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Territory territory;

	Scorecards(JdbcClient jdbc, Catalog catalog, Territory territory) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.territory = territory;
	}

	/** The commune as it stood at the start of the period, if it lies in the scope (else 404). */
	UnitView commune(String code, ReportingPeriod period, Scope scope) {
		return territory.findByCode(code, period.start())
			.filter(unit -> unit.level() == UnitLevel.COMMUNE)
			.filter(unit -> scope.covers(unit.path()))
			.orElseThrow(() -> new NotFoundException("program.commune.notFound", code));
	}

	/**
	 * The province with this code on the period's first day (else 404); without a code, the province of the
	 * caller's first scope unit (Lào Cai's "15" for its officers).
	 */
	UnitView province(String code, ReportingPeriod period, Scope scope) {
		String provinceCode = provinceCode(code, scope);
		Optional<UnitView> province = territory.findByCode(provinceCode, period.start())
			.filter(unit -> unit.level() == UnitLevel.PROVINCE);
		if (province.isEmpty() && (code == null || code.isBlank())) {
			province = successorOn(provinceCode, period.start());
		}
		return province.orElseThrow(() -> new NotFoundException("program.province.notFound", provinceCode));
	}

	/**
	 * The province in force on the date that a province of this code, ended before it, became (the 2025 mergers): the
	 * caller's own province when their scope is of the old map, such as a district officer's.
	 */
	private Optional<UnitView> successorOn(String provinceCode, LocalDate date) {
		return territory.versionsOf(provinceCode)
			.stream()
			.filter(unit -> unit.level() == UnitLevel.PROVINCE && unit.validTo() != null && unit.validTo().isBefore(date))
			.findFirst()
			.stream()
			.flatMap(ended -> territory.successorsOf(ended.id()).stream())
			.map(Territory.Lineage::unit)
			.filter(unit -> unit.level() == UnitLevel.PROVINCE && unit.validOn(date))
			.findFirst();
	}

	/**
	 * The province {@link #province} found for an earlier request, if any: not read again, so only for statements
	 * that check it ({@link Territory#FIND_BY_CODE}).
	 */
	Optional<UnitView> rememberedProvince(String code, ReportingPeriod period, Scope scope) {
		return territory.remembered(provinceCode(code, scope), period.start())
			.filter(unit -> unit.level() == UnitLevel.PROVINCE);
	}

	private static String provinceCode(String code, Scope scope) {
		return code != null && !code.isBlank() ? code.strip()
				: scope.paths().stream().sorted().findFirst().map(path -> path.split("/")[1]).orElse("15");
	}

	/** The set of this code when it is among {@code known} (sets already read, e.g. a page's options), otherwise as {@link #set(String, ReportingPeriod)}. */
	Catalog.SetView set(String code, ReportingPeriod period, List<Catalog.SetView> known) {
		if (code != null && !code.isBlank()) {
			for (Catalog.SetView set : known) {
				if (set.code().equalsIgnoreCase(code.strip())) {
					return set;
				}
			}
		}
		return set(code, period);
	}

	Catalog.SetView set(String code, ReportingPeriod period) {
		Optional<Catalog.SetView> set = code == null || code.isBlank() ? catalog.communeSetOn(period.end()) : catalog.set(code);
		return set.orElseThrow(() -> new NotFoundException("program.set.notFound", code == null ? "" : code));
	}

	ScorecardView scorecard(String communeCode, String setCode, ReportingPeriod period) {
		UnitView commune = commune(communeCode, period, CurrentUser.scope());
		return scorecard(commune, set(setCode, period), period);
	}

	ScorecardView scorecard(UnitView commune, Catalog.SetView set, ReportingPeriod period) {
		String keyValue = keyValue(commune.id(), set.thresholdKey(), period);
		Optional<AssessmentRow> assessment = assessment(commune.id(), set.id(), period.code());
		Map<Long, ValueRow> values = assessment.map(a -> values(a.id())).orElse(Map.of());
		List<CriterionResult> criteria = new ArrayList<>();
		for (Catalog.CriterionView criterion : catalog.criteria(set.id())) {
			List<IndicatorResult> indicators = criterion.indicators()
				.stream()
				.map(indicator -> evaluate(indicator, keyValue, period.lastYear(), values.get(indicator.id())))
				.toList();
			criteria.add(new CriterionResult(criterion, criterionMet(indicators), indicators));
		}
		return new ScorecardView(commune, set, period, keyValue, assessment.orElse(null), criteria);
	}

	/** Every period this commune has a scorecard for in the set, newest first, with its headline. */
	List<HistoryRow> history(UnitView commune, Catalog.SetView set) {
		return jdbc.sql("SELECT period FROM criteria_assessment WHERE unit_id = :unit AND set_id = :set")
			.param("unit", commune.id())
			.param("set", set.id())
			.query(String.class)
			.list()
			.stream()
			.map(ReportingPeriod::parse)
			.sorted(java.util.Comparator.comparing(ReportingPeriod::end).reversed())
			.map(period -> {
				ScorecardView view = scorecard(commune, set, period);
				return new HistoryRow(period, view.assessment().status(), view.metCount(), view.criteria().size());
			})
			.toList();
	}

	/** The region or group in force during the period (the latest decision that touches it). */
	String keyValue(long unitId, ThresholdKey key, ReportingPeriod period) {
		if (key == ThresholdKey.NONE) {
			return "ALL";
		}
		return jdbc.sql("""
				SELECT value FROM commune_classification
				WHERE unit_id = :unit AND kind = :kind AND valid_from <= :end AND (valid_to IS NULL OR valid_to >= :start)
				ORDER BY valid_from DESC LIMIT 1""")
			.param("unit", unitId)
			.param("kind", key.name())
			.param("start", period.start())
			.param("end", period.end())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Recognitions of the commune and of the old communes it was formed from. */
	List<RecognitionRow> recognitions(UnitView commune) {
		List<RecognitionRow> rows = new ArrayList<>(recognitionsOf(commune, false));
		territory.predecessorsOf(commune.id()).forEach(lineage -> rows.addAll(recognitionsOf(lineage.unit(), true)));
		rows.sort(java.util.Comparator.comparing(RecognitionRow::decidedOn).reversed());
		return rows;
	}

	private List<RecognitionRow> recognitionsOf(UnitView unit, boolean inherited) {
		return jdbc.sql("SELECT * FROM recognition WHERE unit_id = :unit")
			.param("unit", unit.id())
			.query((rs, row) -> new RecognitionRow(unit.code(), unit.name(), inherited,
					RecognitionKind.valueOf(rs.getString("kind")), NtmStandard.valueOf(rs.getString("standard")),
					rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class), rs.getString("note"),
					rs.getBoolean("illustrative")))
			.list();
	}

	private Optional<AssessmentRow> assessment(long unitId, long setId, String period) {
		return jdbc.sql("""
				SELECT id, status, return_reason, submitted_by, submitted_at, verified_by, verified_at, illustrative, version
				FROM criteria_assessment WHERE unit_id = :unit AND set_id = :set AND period = :period""")
			.param("unit", unitId)
			.param("set", setId)
			.param("period", period)
			.query((rs, row) -> new AssessmentRow(rs.getLong("id"), AssessmentStatus.valueOf(rs.getString("status")),
					rs.getString("return_reason"), rs.getString("submitted_by"),
					rs.getObject("submitted_at", java.time.OffsetDateTime.class), rs.getString("verified_by"),
					rs.getObject("verified_at", java.time.OffsetDateTime.class), rs.getBoolean("illustrative"),
					rs.getLong("version")))
			.optional();
	}

	private Map<Long, ValueRow> values(long assessmentId) {
		return jdbc.sql("SELECT indicator_id, value, met, evidence, entered_by, entered_at FROM assessment_value WHERE assessment_id = :id")
			.param("id", assessmentId)
			.query((rs, row) -> new ValueRow(rs.getLong("indicator_id"), rs.getBigDecimal("value"),
					(Boolean) rs.getObject("met"), rs.getString("evidence"), rs.getString("entered_by"),
					rs.getObject("entered_at", java.time.OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(ValueRow::indicatorId, Function.identity()));
	}

	static IndicatorResult evaluate(Catalog.IndicatorView indicator, String keyValue, int year, ValueRow value) {
		BigDecimal threshold = keyValue == null ? null
				: indicator.thresholdFor(keyValue, year).map(Catalog.ThresholdView::value).orElse(null);
		Boolean met = value == null ? null : indicator.comparison().meets(value.value(), value.met(), threshold);
		return new IndicatorResult(indicator, threshold, value, met);
	}

	/** Met when every indicator is met; not met as soon as one is not; unknown otherwise (or with no indicators). */
	static Boolean criterionMet(List<IndicatorResult> indicators) {
		if (indicators.isEmpty()) {
			return null;
		}
		if (indicators.stream().anyMatch(i -> Boolean.FALSE.equals(i.met()))) {
			return false;
		}
		return indicators.stream().allMatch(i -> Boolean.TRUE.equals(i.met())) ? true : null;
	}

	record AssessmentRow(long id, AssessmentStatus status, String returnReason, String submittedBy,
			java.time.OffsetDateTime submittedAt, String verifiedBy, java.time.OffsetDateTime verifiedAt,
			boolean illustrative, long version) {
	}

	record ValueRow(long indicatorId, BigDecimal value, Boolean met, String evidence, String enteredBy, Instant enteredAt) {
	}

	record IndicatorResult(Catalog.IndicatorView indicator, BigDecimal threshold, ValueRow value, Boolean met) {
	}

	record CriterionResult(Catalog.CriterionView criterion, Boolean met, List<IndicatorResult> indicators) {
	}

	record HistoryRow(ReportingPeriod period, AssessmentStatus status, long met, int total) {
	}

	record RecognitionRow(String unitCode, String unitName, boolean inherited, RecognitionKind kind, NtmStandard standard,
			String decisionNumber, LocalDate decidedOn, String note, boolean illustrative) {
	}

	/** A commune's scorecard for a set and a period; {@code assessment} is null until something is entered. */
	record ScorecardView(UnitView commune, Catalog.SetView set, ReportingPeriod period, String keyValue,
			AssessmentRow assessment, List<CriterionResult> criteria) {

		public long metCount() {
			return criteria.stream().filter(c -> Boolean.TRUE.equals(c.met())).count();
		}

		/** The indicators still missing: not met, or with no value yet. */
		public List<IndicatorResult> gaps() {
			return criteria.stream().flatMap(c -> c.indicators().stream()).filter(i -> !Boolean.TRUE.equals(i.met())).toList();
		}

		public boolean editable() {
			return assessment == null || assessment.status().editable();
		}

		public boolean illustrative() {
			return assessment != null && assessment.illustrative();
		}
	}
}
