package vn.giupxa.program;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.JdbcReads;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Scope;
import vn.giupxa.territory.UnitView;

/** The province matrix page: communes × criteria, coloured, with counts and filters by region or group and by helper. */
@Controller
class MatrixController {

	static final int PAGE_SIZE = 100;

	private final ProvinceMatrix matrix;

	private final Scorecards scorecards;

	private final Catalog catalog;

	private final MessageSource messages;

	private final Clock clock;

	MatrixController(ProvinceMatrix matrix, Scorecards scorecards, Catalog catalog, MessageSource messages,
			Clock clock) {
		this.matrix = matrix;
		this.scorecards = scorecards;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The page's look-ups and statements on one pooled connection, without a transaction ({@link JdbcReads}); the
	 * criteria for the headings come with the matrix's counts and page, in the same round trip, and so does the check
	 * of a province found by an earlier request ({@link ProvinceMatrix#matrix(String, Catalog.SetView, ReportingPeriod,
	 * ProvinceMatrix.Filter, Scope, int, int)}).
	 */
	@GetMapping("/criteria-matrix")
	@JdbcReads
	String show(@RequestParam(required = false) String province, @RequestParam(required = false) String set,
			@RequestParam(required = false) String period, @RequestParam(required = false) String key,
			@RequestParam(required = false) Long helper, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		ReportingPeriod reportingPeriod = Periods.parseOrThisYear(period, clock);
		// The set options hold the chosen set as a rule: one statement for both.
		List<Catalog.SetView> sets = catalog.firstSets(50);
		Catalog.SetView criteriaSet = scorecards.set(set, reportingPeriod, sets);
		ProvinceMatrix.Filter filter = matrix.filter(key, helper, reportingPeriod);
		ProvinceMatrix.Located located = matrix.matrix(province, criteriaSet, reportingPeriod, filter,
				CurrentUser.scope(), Math.max(page, 0), PAGE_SIZE);
		UnitView unit = located.province();
		ProvinceMatrix.Matrix rows = located.matrix();
		model.addAttribute("province", unit);
		model.addAttribute("set", criteriaSet);
		model.addAttribute("period", reportingPeriod);
		model.addAttribute("key", filter.keyValue());
		model.addAttribute("helper", helper);
		List<Catalog.CriterionView> criteria = rows.criteria();
		model.addAttribute("matrix", rows);
		// Options, headings and rows are written in Java (escaped there), the template inserts them.
		model.addAttribute("setOptions", MatrixPage.setOptions(sets, criteriaSet.code()));
		model.addAttribute("periodOptions",
				MatrixPage.periodOptions(Periods.offeredFor(criteriaSet), reportingPeriod, messages, locale));
		model.addAttribute("keyOptions",
				MatrixPage.keyOptions(criteriaSet.thresholdKey().keyValues(), filter.keyValue(), messages, locale));
		model.addAttribute("helperOptions",
				MatrixPage.helperOptions(matrix.helpers(unit.path(), reportingPeriod), helper, messages, locale));
		model.addAttribute("criteriaHeadings", MatrixPage.headings(criteria));
		model.addAttribute("matrixRows", MatrixRows.html(rows.communes(), criteria, criteriaSet.code(),
				reportingPeriod.code(), messages, locale));
		model.addAttribute("page", Math.max(page, 0));
		return "program/matrix";
	}

}
