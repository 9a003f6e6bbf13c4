package vn.giupxa.program;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.account.Role;
import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;
import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Scope;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * Imports the XLSX layout: indicators with thresholds (Coordination Office), indicator values and plan
 * targets. The whole workbook is checked first; nothing is written unless every row is good. Every bad
 * row is reported by sheet, row and column.
 */
@Service
class XlsxImport {

	private static final Logger log = LoggerFactory.getLogger(XlsxImport.class);

	private final Catalog catalog;

	private final Territory territory;

	private final TargetService targetService;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CriterionResults results;

	private final java.time.Clock clock;

	XlsxImport(Catalog catalog, Territory territory, TargetService targetService, JdbcClient jdbc, AuditTrail audit,
			CriterionResults results, java.time.Clock clock) {
		this.catalog = catalog;
		this.territory = territory;
		this.targetService = targetService;
		this.jdbc = jdbc;
		this.audit = audit;
		this.results = results;
		this.clock = clock;
	}

	@Transactional
	Outcome run(byte[] content, String fileName) {
		Workbook workbook;
		try {
			workbook = WorkbookFactory.create(new ByteArrayInputStream(content));
		}
		catch (Exception notAWorkbook) {
			return new Outcome(0, List.of(Problem.ofFile("program.import.notXlsx")));
		}
		Checked checked = new Checked();
		try (workbook) {
			readIndicators(workbook.getSheet(XlsxLayout.INDICATORS), checked);
			readValues(workbook.getSheet(XlsxLayout.VALUES), checked);
			readTargets(workbook.getSheet(XlsxLayout.TARGETS), checked);
		}
		catch (java.io.IOException unreadable) {
			return new Outcome(0, List.of(Problem.ofFile("program.import.notXlsx")));
		}
		if (!checked.problems.isEmpty()) {
			return new Outcome(0, checked.problems);
		}
		int rows = checked.indicators.size() + checked.values.size() + checked.targets.size();
		if (rows == 0) {
			return new Outcome(0, List.of(Problem.ofFile("program.import.noRows")));
		}
		long started = System.nanoTime();
		writeIndicators(checked.indicators);
		writeValues(checked.values);
		long written = System.nanoTime();
		refreshResults(checked);
		log.info("{}: {} rows written in {} ms, criterion results recomputed in {} ms", fileName, rows,
				(written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
		checked.targets.forEach(targetService::create);
		audit.record(AuditAction.IMPORT, "CriteriaWorkbook", null, fileName + ": " + checked.indicators.size()
				+ " indicator rows, " + checked.values.size() + " values, " + checked.targets.size() + " targets");
		return new Outcome(rows, List.of());
	}

	// ---------------------------------------------------------------- indicators and thresholds

	private void readIndicators(Sheet sheet, Checked checked) {
		if (sheet == null || sheet.getLastRowNum() < 1) {
			return;
		}
		boolean allowed = CurrentUser.scope().unrestricted() || importsAnywhere();
		Set<String> seen = new HashSet<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Cells row = new Cells(sheet, r);
			if (row.blank()) {
				continue;
			}
			Reporter report = new Reporter(checked.problems, XlsxLayout.INDICATORS, r + 1, XlsxLayout.INDICATOR_COLUMNS);
			if (!allowed) {
				report.problem(0, "program.import.indicators.forbidden");
				continue;
			}
			Optional<Catalog.SetView> set = catalog.set(row.text(0));
			if (set.isEmpty()) {
				report.problem(0, "program.import.set.unknown", row.text(0));
				continue;
			}
			Integer criterionNumber = row.integer(1, report);
			Optional<Catalog.CriterionView> criterion = catalog.criteria(set.get().id())
				.stream()
				.filter(c -> criterionNumber != null && c.number() == criterionNumber)
				.findFirst();
			if (criterionNumber != null && criterion.isEmpty()) {
				report.problem(1, "program.import.criterion.unknown", row.text(1), set.get().code());
			}
			String code = row.text(2);
			if (code.isEmpty()) {
				report.problem(2, "program.import.required");
			}
			if (row.text(3).isEmpty()) {
				report.problem(3, "program.import.required");
			}
			Comparison comparison = Comparison.ofSymbol(row.text(5));
			if (comparison == null) {
				report.problem(5, "program.import.comparison.invalid", row.text(5));
			}
			String key = row.text(6);
			if (!key.isEmpty() && !set.get().thresholdKey().keyValues().contains(key)) {
				report.problem(6, "program.import.key.invalid", key);
			}
			Integer year = row.text(7).isEmpty() ? null : row.integer(7, report);
			BigDecimal threshold = row.number(8, report);
			if (comparison != null && !key.isEmpty()) {
				if (comparison == Comparison.MET && threshold != null) {
					report.problem(8, "program.import.threshold.forMet");
				}
				else if (comparison != Comparison.MET) {
					String problem = ValueCheck.problem(comparison, row.text(4), threshold, null);
					if (problem != null) {
						report.problem(8, problem, code);
					}
				}
			}
			if (!seen.add(set.get().code() + "|" + code + "|" + key + "|" + year)) {
				report.problem(2, "program.import.duplicate");
			}
			if (report.clean()) {
				checked.indicators.add(new IndicatorRow(set.get().id(), criterion.get().id(), code, row.text(3),
						row.text(4).isEmpty() ? null : row.text(4), comparison, key.isEmpty() ? null : key, year, threshold));
			}
		}
	}

	private void writeIndicators(List<IndicatorRow> rows) {
		for (IndicatorRow row : rows) {
			long id = jdbc.sql("""
					INSERT INTO indicator (set_id, criterion_id, code, name, unit, comparison, source)
					VALUES (:set, :criterion, :code, :name, :unit, :comparison, :source)
					ON CONFLICT (set_id, code) DO UPDATE SET criterion_id = EXCLUDED.criterion_id, name = EXCLUDED.name,
					  unit = EXCLUDED.unit, comparison = EXCLUDED.comparison, source = EXCLUDED.source, illustrative = false
					RETURNING id""")
				.param("set", row.setId())
				.param("criterion", row.criterionId())
				.param("code", row.code())
				.param("name", vn.giupxa.shared.Texts.clean(row.name()))
				.param("unit", row.unit())
				.param("comparison", row.comparison().name())
				.param("source", "XLSX " + CurrentUser.usernameOrAnonymous())
				.query(Long.class)
				.single();
			if (row.key() != null) {
				jdbc.sql("DELETE FROM indicator_threshold WHERE indicator_id = :id AND key_value = :key AND coalesce(year, 0) = :year")
					.param("id", id)
					.param("key", row.key())
					.param("year", row.year() == null ? 0 : row.year())
					.update();
				jdbc.sql("INSERT INTO indicator_threshold (indicator_id, key_value, year, value) VALUES (:id, :key, :year, :value)")
					.param("id", id)
					.param("key", row.key())
					.param("year", row.year())
					.param("value", row.threshold())
					.update();
			}
		}
	}

	// ---------------------------------------------------------------- values

	private void readValues(Sheet sheet, Checked checked) {
		if (sheet == null || sheet.getLastRowNum() < 1) {
			return;
		}
		Scope scope = CurrentUser.scope();
		Map<String, Optional<Catalog.SetView>> sets = new HashMap<>();
		Map<Long, Map<String, Catalog.IndicatorView>> indicators = new HashMap<>();
		Map<String, Optional<UnitView>> communes = new HashMap<>();
		Map<String, String> statuses = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Cells row = new Cells(sheet, r);
			if (row.blank()) {
				continue;
			}
			Reporter report = new Reporter(checked.problems, XlsxLayout.VALUES, r + 1, XlsxLayout.VALUE_COLUMNS);
			ReportingPeriod period = row.period(2, report);
			Optional<Catalog.SetView> set = sets.computeIfAbsent(row.text(1).toUpperCase(Locale.ROOT), catalog::set);
			if (set.isEmpty()) {
				report.problem(1, "program.import.set.unknown", row.text(1));
			}
			else if (period != null && !set.get().covers(period)) {
				report.problem(2, "program.period.outsideSet", period.code(), set.get().code());
			}
			UnitView commune = null;
			if (period != null) {
				String communeCode = row.text(0);
				commune = communes.computeIfAbsent(communeCode + "|" + period.start(), k -> territory
					.findByCode(communeCode, period.start())
					.filter(u -> u.level() == UnitLevel.COMMUNE)).orElse(null);
				if (commune == null || !scope.covers(commune.path())) {
					report.problem(0, "program.unit.outOfScope", communeCode);
					commune = null;
				}
			}
			Catalog.IndicatorView indicator = null;
			if (set.isPresent()) {
				indicator = indicators.computeIfAbsent(set.get().id(), id -> indicatorsOf(id)).get(row.text(3).toUpperCase(Locale.ROOT));
				if (indicator == null) {
					report.problem(3, "program.indicator.unknown", row.text(3), set.get().code());
				}
			}
			BigDecimal value = row.number(4, report);
			Boolean met = row.yesNo(5, report);
			if (indicator != null && report.clean()) {
				String problem = ValueCheck.problem(indicator.comparison(), indicator.unit(), value, met);
				if (problem != null) {
					report.problem(indicator.comparison() == Comparison.MET ? 5 : 4, problem, indicator.code());
				}
			}
			if (commune != null && set.isPresent() && period != null) {
				String key = commune.id() + "|" + set.get().id() + "|" + period.code();
				String status = statuses.computeIfAbsent(key, k -> status(k));
				if ("SUBMITTED".equals(status) || "VERIFIED".equals(status)) {
					report.problem(2, "VERIFIED".equals(status) ? "program.scorecard.locked.VERIFIED" : "program.scorecard.locked.SUBMITTED");
				}
				if (!seen.add(key + "|" + row.text(3).toUpperCase(Locale.ROOT))) {
					report.problem(3, "program.import.duplicate");
				}
			}
			if (report.clean()) {
				checked.values.add(new ValueRow(commune.id(), set.get().id(), period.code(), indicator.id(), value,
						indicator.comparison() == Comparison.MET ? met : null, row.text(6).isEmpty() ? null : row.text(6)));
			}
		}
	}

	private String status(String key) {
		String[] parts = key.split("\\|");
		return jdbc.sql("SELECT status FROM criteria_assessment WHERE unit_id = :u AND set_id = :s AND period = :p")
			.param("u", Long.parseLong(parts[0]))
			.param("s", Long.parseLong(parts[1]))
			.param("p", parts[2])
			.query(String.class)
			.optional()
			.orElse("NONE");
	}

	private Map<String, Catalog.IndicatorView> indicatorsOf(long setId) {
		Map<String, Catalog.IndicatorView> byCode = new HashMap<>();
		catalog.criteria(setId).forEach(c -> c.indicators().forEach(i -> byCode.put(i.code().toUpperCase(Locale.ROOT), i)));
		return byCode;
	}

	/** Bulk write: one statement creates the missing scorecards, one upserts every value. */
	private void writeValues(List<ValueRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		String by = CurrentUser.usernameOrAnonymous();
		jdbc.sql("""
				INSERT INTO criteria_assessment (unit_id, set_id, period, status, changed_at)
				SELECT DISTINCT u, s, p, 'DRAFT', CAST(:now AS timestamptz)
				FROM unnest(CAST(:units AS bigint[]), CAST(:sets AS bigint[]), CAST(:periods AS text[])) AS x (u, s, p)
				ON CONFLICT (unit_id, set_id, period) DO UPDATE SET changed_at = EXCLUDED.changed_at,
				  version = criteria_assessment.version + 1""")
			.param("now", java.sql.Timestamp.from(now))
			.param("units", rows.stream().map(ValueRow::unitId).toArray(Long[]::new))
			.param("sets", rows.stream().map(ValueRow::setId).toArray(Long[]::new))
			.param("periods", rows.stream().map(ValueRow::period).toArray(String[]::new))
			.update();
		jdbc.sql("""
				INSERT INTO assessment_value (assessment_id, indicator_id, value, met, evidence, entered_by, entered_at)
				SELECT a.id, x.i, x.v, x.m, x.e, :by, CAST(:now AS timestamptz)
				FROM unnest(CAST(:units AS bigint[]), CAST(:sets AS bigint[]), CAST(:periods AS text[]),
				            CAST(:indicators AS bigint[]), CAST(:values AS numeric[]), CAST(:mets AS boolean[]),
				            CAST(:evidence AS text[])) AS x (u, s, p, i, v, m, e)
				JOIN criteria_assessment a ON a.unit_id = x.u AND a.set_id = x.s AND a.period = x.p
				ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET value = EXCLUDED.value, met = EXCLUDED.met,
				  evidence = EXCLUDED.evidence, entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at""")
			.param("by", by)
			.param("now", java.sql.Timestamp.from(now))
			.param("units", rows.stream().map(ValueRow::unitId).toArray(Long[]::new))
			.param("sets", rows.stream().map(ValueRow::setId).toArray(Long[]::new))
			.param("periods", rows.stream().map(ValueRow::period).toArray(String[]::new))
			.param("indicators", rows.stream().map(ValueRow::indicatorId).toArray(Long[]::new))
			.param("values", rows.stream().map(ValueRow::value).toArray(BigDecimal[]::new))
			.param("mets", rows.stream().map(ValueRow::met).toArray(Boolean[]::new))
			.param("evidence", rows.stream().map(ValueRow::evidence).toArray(String[]::new))
			.update();
	}

	/** Every scorecard of a set whose indicators changed, and the scorecards whose values were written. */
	private void refreshResults(Checked checked) {
		Set<Long> changedSets = new java.util.TreeSet<>();
		checked.indicators.forEach(row -> changedSets.add(row.setId()));
		changedSets.forEach(results::refreshSet);
		Map<SetPeriod, Set<Long>> communes = new HashMap<>();
		checked.values.stream()
			.filter(row -> !changedSets.contains(row.setId()))
			.forEach(row -> communes.computeIfAbsent(new SetPeriod(row.setId(), row.period()), k -> new HashSet<>())
				.add(row.unitId()));
		communes.forEach((scorecards, units) -> results.refresh(scorecards.setId(), scorecards.period(), units));
	}

	private record SetPeriod(long setId, String period) {
	}

	// ---------------------------------------------------------------- targets

	private void readTargets(Sheet sheet, Checked checked) {
		if (sheet == null || sheet.getLastRowNum() < 1) {
			return;
		}
		boolean allowed = CurrentUser.scope().unrestricted() || importsAnywhere();
		Set<String> seen = new HashSet<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Cells row = new Cells(sheet, r);
			if (row.blank()) {
				continue;
			}
			Reporter report = new Reporter(checked.problems, XlsxLayout.TARGETS, r + 1, XlsxLayout.TARGET_COLUMNS);
			if (!allowed) {
				report.problem(0, "program.import.targets.forbidden");
				continue;
			}
			ReportingPeriod period = row.period(7, report);
			BigDecimal planned = row.number(8, report);
			if (planned == null) {
				report.problem(8, "program.import.required");
			}
			else if (planned.signum() < 0) {
				report.problem(8, "program.value.negative");
			}
			if (row.text(5).isEmpty()) {
				report.problem(5, "program.import.required");
			}
			if (row.text(6).isEmpty()) {
				report.problem(6, "program.import.required");
			}
			if (period != null) {
				try {
					targetService.unitInScope(row.text(0), period.start(), CurrentUser.scope());
				}
				catch (BusinessRuleException broken) {
					report.problem(0, broken.messageKey(), broken.arguments());
				}
				try {
					TargetService.Item item = targetService.item(row.text(1), row.text(2), row.text(3), row.text(4));
					if (!period.within(item.firstYear(), item.lastYear())) {
						report.problem(7, "program.target.period.outside", period.code(), item.firstYear() + "–" + item.lastYear());
					}
				}
				catch (BusinessRuleException broken) {
					report.problem(1, broken.messageKey(), broken.arguments());
				}
			}
			String key = String.join("|", row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(7));
			if (!seen.add(key.toUpperCase(Locale.ROOT))) {
				report.problem(0, "program.import.duplicate");
			}
			if (report.clean()) {
				checked.targets.add(new TargetForm(row.text(0), row.text(1), row.text(2), row.text(3), row.text(4),
						row.text(5), row.text(6), period.code(), planned));
			}
		}
	}

	/** The Coordination Office and administrators import for any commune; others only within their scope. */
	private static boolean importsAnywhere() {
		Set<Role> roles = Role.ofCaller();
		return roles.contains(Role.COORDINATION_OFFICE) || roles.contains(Role.ADMIN);
	}

	// ---------------------------------------------------------------- reading cells

	/** One spreadsheet row read as text the way the user sees it (numbers without grouping). */
	private static final class Cells {

		private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

		private final Row row;

		Cells(Sheet sheet, int index) {
			this.row = sheet.getRow(index);
		}

		boolean blank() {
			if (row == null) {
				return true;
			}
			for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
				if (!text(i).isEmpty()) {
					return false;
				}
			}
			return true;
		}

		String text(int column) {
			if (row == null || row.getCell(column) == null) {
				return "";
			}
			String value = FORMAT.formatCellValue(row.getCell(column));
			String cleaned = vn.giupxa.shared.Texts.clean(value);
			return cleaned == null ? "" : cleaned;
		}

		BigDecimal number(int column, Reporter report) {
			if (row != null && row.getCell(column) != null
					&& row.getCell(column).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
				return BigDecimal.valueOf(row.getCell(column).getNumericCellValue());
			}
			String text = text(column);
			if (text.isEmpty()) {
				return null;
			}
			try {
				return new BigDecimal(text.replace(" ", "").replace(',', '.'));
			}
			catch (NumberFormatException notANumber) {
				report.problem(column, "program.value.notNumber", text);
				return null;
			}
		}

		Integer integer(int column, Reporter report) {
			BigDecimal number = number(column, report);
			if (number == null) {
				return null;
			}
			try {
				return number.intValueExact();
			}
			catch (ArithmeticException notWhole) {
				report.problem(column, "program.import.integer", text(column));
				return null;
			}
		}

		Boolean yesNo(int column, Reporter report) {
			String text = text(column).toLowerCase(Locale.ROOT);
			return switch (text) {
				case "" -> null;
				case "có", "co", "đạt", "dat", "x", "true" -> true;
				case "không", "khong", "không đạt", "khong dat", "false" -> false;
				default -> {
					report.problem(column, "program.import.yesNo", text(column));
					yield null;
				}
			};
		}

		ReportingPeriod period(int column, Reporter report) {
			try {
				return ReportingPeriod.parse(text(column));
			}
			catch (IllegalArgumentException malformed) {
				report.problem(column, "program.period.invalid", text(column));
				return null;
			}
		}
	}

	/** Collects the problems of one row. */
	private static final class Reporter {

		private final List<Problem> problems;

		private final String sheet;

		private final int row;

		private final List<String> columns;

		private boolean clean = true;

		Reporter(List<Problem> problems, String sheet, int row, List<String> columns) {
			this.problems = problems;
			this.sheet = sheet;
			this.row = row;
			this.columns = columns;
		}

		void problem(int column, String messageKey, Object... arguments) {
			clean = false;
			problems.add(new Problem(sheet, row, columnLetter(column) + " (" + columns.get(column) + ")", messageKey,
					arguments));
		}

		boolean clean() {
			return clean;
		}

		private static String columnLetter(int column) {
			return String.valueOf((char) ('A' + column));
		}
	}

	private static final class Checked {

		final List<Problem> problems = new ArrayList<>();

		final List<IndicatorRow> indicators = new ArrayList<>();

		final List<ValueRow> values = new ArrayList<>();

		final List<TargetForm> targets = new ArrayList<>();
	}

	private record IndicatorRow(long setId, long criterionId, String code, String name, String unit,
			Comparison comparison, String key, Integer year, BigDecimal threshold) {
	}

	private record ValueRow(long unitId, long setId, String period, long indicatorId, BigDecimal value, Boolean met,
			String evidence) {
	}

	/** A bad row: sheet, row number (as the spreadsheet shows it), column, and what is wrong. */
	record Problem(String sheet, int row, String column, String messageKey, Object[] arguments) {

		static Problem ofFile(String messageKey) {
			return new Problem(null, 0, null, messageKey, new Object[0]);
		}
	}

	record Outcome(int rows, List<Problem> problems) {
	}
}
