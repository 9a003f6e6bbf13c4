package vn.giupxa.program;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.JdbcReads;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Scope;
import vn.giupxa.territory.UnitView;

/** JSON of the catalog (public), a commune's scorecard and plan targets (scoped to the caller). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Programs and criteria", description = "National target programs, criteria sets, scorecards, targets")
class ProgramApiController {

	private final Catalog catalog;

	private final Scorecards scorecards;

	private final Targets targets;

	private final ProvinceMatrix matrix;

	private final Clock clock;

	ProgramApiController(Catalog catalog, Scorecards scorecards, Targets targets, ProvinceMatrix matrix,
			Clock clock) {
		this.catalog = catalog;
		this.scorecards = scorecards;
		this.targets = targets;
		this.matrix = matrix;
		this.clock = clock;
	}

	// One read-only transaction for the whole answer: its look-ups and statements share one commit.
	@GetMapping("/criteria-summary")
	@JdbcReads
	@Operation(summary = "How many communes meet how many criteria (\"n of N\"), nationally or in one province, within the caller's scope")
	ProvinceMatrix.Summary summary(
			@Parameter(description = "province code; the whole country when absent") @RequestParam(required = false) String province,
			@Parameter(description = "criteria set code; the commune set in force when absent") @RequestParam(required = false) String set,
			@Parameter(description = "2026, 2026-6T, 2026-9T, 2026-Q1…; this year when absent") @RequestParam(required = false) String period,
			@Parameter(description = "region or commune group; all when absent") @RequestParam(required = false) String key,
			@Parameter(description = "helper (assigned position id): only the communes it helps during the period; all when absent") @RequestParam(required = false) Long helper) {
		ReportingPeriod reportingPeriod = Periods.parseOrThisYear(period, clock);
		String area = province == null || province.isBlank() ? "/"
				: scorecards.province(province, reportingPeriod, CurrentUser.scope()).path();
		return matrix.summary(area, set, reportingPeriod, matrix.filter(key, helper, reportingPeriod), CurrentUser.scope());
	}

	@GetMapping("/criteria-matrix")
	@JdbcReads
	@Operation(summary = "The province matrix: each commune's result per criterion number (true met, false not met, absent not entered), "
			+ "100 communes a page in code order, with the province's counts; the caller's scope only")
	MatrixJson matrix(
			@Parameter(description = "province code; the caller's own province when absent") @RequestParam(required = false) String province,
			@Parameter(description = "criteria set code; the commune set in force when absent") @RequestParam(required = false) String set,
			@Parameter(description = "2026, 2026-6T, 2026-9T, 2026-Q1…; this year when absent") @RequestParam(required = false) String period,
			@Parameter(description = "region or commune group; all when absent") @RequestParam(required = false) String key,
			@Parameter(description = "helper (assigned position id): only the communes it helps during the period; all when absent") @RequestParam(required = false) Long helper,
			@RequestParam(defaultValue = "0") int page) {
		ReportingPeriod reportingPeriod = Periods.parseOrThisYear(period, clock);
		ProvinceMatrix.Located located = matrix.matrix(province, set, reportingPeriod,
				matrix.filter(key, helper, reportingPeriod), CurrentUser.scope(), Math.max(page, 0),
				MatrixController.PAGE_SIZE, false);
		ProvinceMatrix.Matrix rows = located.matrix();
		return new MatrixJson(located.province().code(), rows.set().code(), reportingPeriod.code(), Math.max(page, 0),
				MatrixController.PAGE_SIZE, rows.communes()
					.stream()
					.map(c -> new MatrixRowJson(c.code(), c.name(), c.keyValue(), c.metCount(), c.criteriaCount(),
							c.status()))
					.toList(),
				rows.summary());
	}

	@GetMapping("/criteria-sets")
	@Operation(summary = "Criteria sets of every era, newest first")
	PageJson<SetJson> sets(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Page<Catalog.SetView> sets = catalog.sets(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		return new PageJson<>(sets.getContent().stream().map(SetJson::of).toList(), sets.getTotalElements(),
				sets.getNumber(), sets.getSize(), sets.getTotalPages());
	}

	@GetMapping("/criteria-sets/{code}")
	@Operation(summary = "One criteria set with its criteria, indicators and thresholds")
	SetDetail set(@PathVariable String code) {
		Catalog.SetView set = catalog.set(code).orElseThrow(() -> new NotFoundException("program.set.notFound", code));
		List<CriterionJson> criteria = catalog.criteria(set.id())
			.stream()
			.map(c -> new CriterionJson(c.number(), c.name(), c.groupNumber(), c.groupName(), c.verified(),
					c.indicators().stream().map(IndicatorJson::of).toList()))
			.toList();
		return new SetDetail(set.code(), set.name(), set.legalBasis(), set.validFrom(), set.validTo(), set.level(),
				set.thresholdKey(), set.parentCode(), set.verified(), set.source(), criteria);
	}

	@GetMapping("/programs")
	@Operation(summary = "National target programs of both eras with their component trees")
	List<ProgramJson> programs() {
		return catalog.programs()
			.stream()
			.map(p -> new ProgramJson(p.code(), p.name(), p.firstYear(), p.lastYear(), p.phases(), p.legalBasis(),
					p.leadAgency(), p.verified(), p.source(), p.components()
						.stream()
						.map(c -> new ComponentJson(c.id(), c.kind(), c.number(), c.name(), c.depth(), c.verified(),
								c.source(), c.closedOn()))
						.toList()))
			.toList();
	}

	@GetMapping("/communes/{code}/scorecard")
	@Operation(summary = "A commune's scorecard for a set and a period (the caller's scope only)")
	ScorecardJson scorecard(@PathVariable String code,
			@Parameter(description = "criteria set code; the commune set in force when absent") @RequestParam(required = false) String set,
			@Parameter(description = "2026, 2026-6T, 2026-9T, 2026-Q1…; this year when absent") @RequestParam(required = false) String period) {
		Scorecards.ScorecardView card = scorecards.scorecard(code, set, Periods.parseOrThisYear(period, clock));
		return new ScorecardJson(card.commune().code(), card.commune().name(), card.set().code(), card.period().code(),
				card.keyValue(), card.assessment() == null ? null : card.assessment().status(), card.metCount(),
				card.criteria().size(), card.illustrative(),
				card.criteria()
					.stream()
					.map(c -> new CriterionResultJson(c.criterion().number(), c.criterion().name(), c.met(),
							c.indicators()
								.stream()
								.map(i -> new IndicatorResultJson(i.indicator().code(), i.threshold(),
										i.value() == null ? null : i.value().value(),
										i.value() == null ? null : i.value().met(),
										i.value() == null ? null : i.value().evidence(), i.met()))
								.toList()))
					.toList());
	}

	@GetMapping("/targets")
	@Operation(summary = "Plan targets with actuals and progress (the caller's scope only)")
	PageJson<TargetJson> targets(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Page<Targets.TargetRow> rows = targets.list(unit, period, CurrentUser.scope(), Math.max(page, 0),
				Math.min(Math.max(size, 1), 200));
		return new PageJson<>(rows.getContent()
			.stream()
			.map(t -> new TargetJson(t.id(), t.unitCode(), t.programCode(), t.componentNumber(), t.setCode(),
					t.indicatorCode(), t.name(), t.measureUnit(), t.period(), t.planned(), t.achieved(),
					t.progressPercent(), t.onTrack(), t.illustrative()))
			.toList(), rows.getTotalElements(), rows.getNumber(), rows.getSize(), rows.getTotalPages());
	}

	record MatrixJson(String province, String set, String period, int page, int size, List<MatrixRowJson> communes,
			ProvinceMatrix.Summary summary) {
	}

	/** {@code criteria}: criterion number → met; a criterion not entered is absent. */
	record MatrixRowJson(String code, String name, String keyValue, int metCount, int criteriaCount,
			Map<Integer, Boolean> criteria) {
	}

	record PageJson<T>(List<T> content, long totalElements, int page, int size, int totalPages) {
	}

	record SetJson(String code, String name, String legalBasis, LocalDate validFrom, LocalDate validTo,
			CriteriaLevel level, ThresholdKey thresholdKey, boolean verified, int criteriaCount, int indicatorCount) {

		static SetJson of(Catalog.SetView set) {
			return new SetJson(set.code(), set.name(), set.legalBasis(), set.validFrom(), set.validTo(), set.level(),
					set.thresholdKey(), set.verified(), set.criteriaCount(), set.indicatorCount());
		}
	}

	record SetDetail(String code, String name, String legalBasis, LocalDate validFrom, LocalDate validTo,
			CriteriaLevel level, ThresholdKey thresholdKey, String parentSet, boolean verified, String source,
			List<CriterionJson> criteria) {
	}

	record CriterionJson(int number, String name, String groupNumber, String groupName, boolean verified,
			List<IndicatorJson> indicators) {
	}

	record IndicatorJson(String code, String name, String unit, Comparison comparison, boolean illustrative,
			List<ThresholdJson> thresholds) {

		static IndicatorJson of(Catalog.IndicatorView indicator) {
			return new IndicatorJson(indicator.code(), indicator.name(), indicator.unit(), indicator.comparison(),
					indicator.illustrative(), indicator.thresholds()
						.stream()
						.map(t -> new ThresholdJson(t.keyValue(), t.year(), t.value()))
						.toList());
		}
	}

	record ThresholdJson(String key, Integer year, BigDecimal value) {
	}

	record ProgramJson(String code, String name, int firstYear, int lastYear, String phases, String legalBasis,
			String leadAgency, boolean verified, String source, List<ComponentJson> components) {
	}

	record ComponentJson(long id, ComponentKind kind, String number, String name, int depth, boolean verified,
			String source, LocalDate closedOn) {
	}

	record ScorecardJson(String communeCode, String communeName, String set, String period, String thresholdKey,
			AssessmentStatus status, long criteriaMet, int criteriaCount, boolean illustrative,
			List<CriterionResultJson> criteria) {
	}

	record CriterionResultJson(int number, String name, Boolean met, List<IndicatorResultJson> indicators) {
	}

	record IndicatorResultJson(String code, BigDecimal threshold, BigDecimal value, Boolean valueMet, String evidence,
			Boolean met) {
	}

	record TargetJson(long id, String unitCode, String program, String componentNumber, String criteriaSet,
			String indicator, String name, String measureUnit, String period, BigDecimal planned, BigDecimal achieved,
			BigDecimal progressPercent, Boolean onTrack, boolean illustrative) {
	}
}
