package vn.giupxa.program;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

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

	private final MatrixPageReads reads;

	MatrixController(ProvinceMatrix matrix, Scorecards scorecards, Catalog catalog, MessageSource messages,
			Clock clock, MatrixPageReads reads) {
		this.matrix = matrix;
		this.scorecards = scorecards;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
		this.reads = reads;
	}

	/**
	 * The matrix is read on a second connection ({@link MatrixPageReads}) while this thread reads the filters' parts
	 * and the layout renders: the statements of the matrix (the remembered province's and set's checks, the counts, the
	 * page and the criteria for the headings) in one round trip, as in {@link ProvinceMatrix#matrix(String, String,
	 * ReportingPeriod, ProvinceMatrix.Filter, Scope, int, int, boolean)}, and the rows written there too. This thread's
	 * look-ups are on one pooled connection without a transaction ({@link JdbcReads}); a province or set that is not
	 * found fails here, with its message, whatever the read does.
	 */
	@GetMapping("/criteria-matrix")
	@JdbcReads
	String show(@RequestParam(required = false) String province, @RequestParam(required = false) String set,
			@RequestParam(required = false) String period, @RequestParam(required = false) String key,
			@RequestParam(required = false) Long helper, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		ReportingPeriod reportingPeriod = Periods.parseOrThisYear(period, clock);
		Scope scope = CurrentUser.scope();
		int pageIndex = Math.max(page, 0);
		CompletableFuture<MatrixPart> read = reads.start(() -> {
			ProvinceMatrix.Located located = matrix.matrix(province, set, reportingPeriod,
					matrix.filter(key, helper, reportingPeriod), scope, pageIndex, PAGE_SIZE, true);
			ProvinceMatrix.Matrix rows = located.matrix();
			return new MatrixPart(rows, MatrixPage.headings(rows.criteria()), MatrixRows.html(rows.communes(),
					rows.criteria(), rows.set().code(), reportingPeriod.code(), messages, locale));
		});
		// The set options hold the chosen set as a rule: one statement for both.
		List<Catalog.SetView> sets = catalog.firstSets(50);
		Catalog.SetView criteriaSet = scorecards.set(set, reportingPeriod, sets);
		UnitView unit = scorecards.province(province, reportingPeriod, scope);
		String keyValue = ProvinceMatrix.keyValue(key);
		model.addAttribute("province", unit);
		model.addAttribute("set", criteriaSet);
		model.addAttribute("period", reportingPeriod);
		model.addAttribute("key", keyValue);
		model.addAttribute("helper", helper);
		// Options, headings and rows are written in Java (escaped there), the template inserts them.
		model.addAttribute("setOptions", MatrixPage.setOptions(sets, criteriaSet.code()));
		model.addAttribute("periodOptions",
				MatrixPage.periodOptions(Periods.offeredFor(criteriaSet), reportingPeriod, messages, locale));
		model.addAttribute("keyOptions",
				MatrixPage.keyOptions(criteriaSet.thresholdKey().keyValues(), keyValue, messages, locale));
		model.addAttribute("helperOptions",
				MatrixPage.helperOptions(matrix.helpers(unit.path(), reportingPeriod), helper, messages, locale));
		model.addAttribute("matrix", MatrixPageReads.awaited(read, MatrixPart::matrix));
		model.addAttribute("criteriaHeadings", MatrixPageReads.awaited(read, MatrixPart::headings));
		model.addAttribute("matrixRows", MatrixPageReads.awaited(read, MatrixPart::rows));
		model.addAttribute("page", pageIndex);
		return "program/matrix";
	}

	/** The matrix as the page shows it: counts and communes, the criteria's headings and the rows as HTML. */
	private record MatrixPart(ProvinceMatrix.Matrix matrix, String headings, String rows) {
	}

}
