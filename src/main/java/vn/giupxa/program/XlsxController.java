package vn.giupxa.program;

import java.time.Clock;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.giupxa.shared.Downloads;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/** XLSX out (a criteria set with thresholds, a scorecard, the targets, the empty template) and in (the same layout). */
@Controller
class XlsxController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Catalog catalog;

	private final Scorecards scorecards;

	private final Targets targets;

	private final XlsxImport importer;

	private final Clock clock;

	XlsxController(Catalog catalog, Scorecards scorecards, Targets targets, XlsxImport importer, Clock clock) {
		this.catalog = catalog;
		this.scorecards = scorecards;
		this.targets = targets;
		this.importer = importer;
		this.clock = clock;
	}

	@GetMapping("/criteria-sets/{code}/export.xlsx")
	ResponseEntity<byte[]> exportSet(@PathVariable String code) {
		Catalog.SetView set = catalog.set(code).orElseThrow(() -> new NotFoundException("program.set.notFound", code));
		SXSSFWorkbook workbook = XlsxLayout.workbook();
		for (Catalog.CriterionView criterion : catalog.criteria(set.id())) {
			for (Catalog.IndicatorView i : criterion.indicators()) {
				if (i.thresholds().isEmpty()) {
					XlsxLayout.append(workbook, XlsxLayout.INDICATORS, set.code(), criterion.number(), i.code(), i.name(),
							i.unit(), i.comparison().symbol());
				}
				i.thresholds().forEach(t -> XlsxLayout.append(workbook, XlsxLayout.INDICATORS, set.code(),
						criterion.number(), i.code(), i.name(), i.unit(), i.comparison().symbol(), t.keyValue(), t.year(),
						t.value()));
			}
		}
		return download(workbook, set.code() + ".xlsx");
	}

	@GetMapping("/communes/{code}/scorecard.xlsx")
	ResponseEntity<byte[]> exportScorecard(@PathVariable String code, @RequestParam(required = false) String set,
			@RequestParam(required = false) String period) {
		Scorecards.ScorecardView card = scorecards.scorecard(code, set, Periods.parseOrThisYear(period, clock));
		SXSSFWorkbook workbook = XlsxLayout.workbook();
		card.criteria().forEach(c -> c.indicators().forEach(r -> XlsxLayout.append(workbook, XlsxLayout.VALUES,
				card.commune().code(), card.set().code(), card.period().code(), r.indicator().code(),
				r.value() == null ? null : r.value().value(),
				r.value() == null || r.value().met() == null ? null : (r.value().met() ? "có" : "không"),
				r.value() == null ? null : r.value().evidence())));
		return download(workbook, card.commune().code() + "-" + card.period().code() + ".xlsx");
	}

	@GetMapping("/targets.xlsx")
	ResponseEntity<byte[]> exportTargets(@RequestParam(required = false) String unit,
			@RequestParam(required = false) String period) {
		SXSSFWorkbook workbook = XlsxLayout.workbook();
		int page = 0;
		org.springframework.data.domain.Page<Targets.TargetRow> rows;
		do {
			rows = targets.list(unit, period, CurrentUser.scope(), page++, 500);
			rows.forEach(t -> XlsxLayout.append(workbook, XlsxLayout.TARGETS, t.unitCode(), t.programCode(),
					t.componentNumber(), t.setCode(), t.indicatorCode(), t.name(), t.measureUnit(), t.period(), t.planned(),
					t.achieved()));
		}
		while (rows.hasNext());
		return download(workbook, "chi-tieu-ke-hoach.xlsx");
	}

	@GetMapping("/criteria/template.xlsx")
	ResponseEntity<byte[]> template() {
		return download(XlsxLayout.workbook(), "mau-nhap-lieu.xlsx");
	}

	@GetMapping("/criteria/import")
	String importForm() {
		return "program/import";
	}

	@PostMapping("/criteria/import")
	String importWorkbook(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws java.io.IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", java.util.List.of(XlsxImport.Problem.ofFile("program.import.noFile")));
			return "program/import";
		}
		XlsxImport.Outcome outcome = importer.run(file.getBytes(), file.getOriginalFilename());
		if (!outcome.problems().isEmpty()) {
			model.addAttribute("problems", outcome.problems());
			return "program/import";
		}
		redirect.addFlashAttribute("message", "program.import.done");
		redirect.addFlashAttribute("messageArgument", outcome.rows());
		return "redirect:/criteria/import";
	}

	private static ResponseEntity<byte[]> download(SXSSFWorkbook workbook, String fileName) {
		return Downloads.attachment(XLSX, fileName).body(XlsxLayout.bytes(workbook));
	}
}
