package vn.giupxa.program;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.ReportingPeriod;

/**
 * A commune's scorecard page: values against thresholds, "n of N", the gap, history and recognitions;
 * the commune enters and submits, the Coordination Office verifies or returns.
 */
@Controller
@RequestMapping("/communes/{code}")
class ScorecardController {

	private final Scorecards scorecards;

	private final ScorecardService service;

	private final Catalog catalog;

	private final Clock clock;

	ScorecardController(Scorecards scorecards, ScorecardService service, Catalog catalog, Clock clock) {
		this.scorecards = scorecards;
		this.service = service;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/scorecard")
	String show(@PathVariable String code, @RequestParam(required = false) String set,
			@RequestParam(required = false) String period, Model model) {
		ReportingPeriod reportingPeriod = Periods.parseOrThisYear(period, clock);
		Scorecards.ScorecardView view = scorecards.scorecard(code, set, reportingPeriod);
		model.addAttribute("card", view);
		model.addAttribute("history", scorecards.history(view.commune(), view.set()));
		model.addAttribute("recognitions", scorecards.recognitions(view.commune()));
		model.addAttribute("sets", catalog.sets(0, 50).getContent());
		model.addAttribute("periods", Periods.offeredFor(view.set()));
		model.addAttribute("recognitionKinds", RecognitionKind.values());
		model.addAttribute("standards", NtmStandard.values());
		model.addAttribute("thresholdKeys", new ThresholdKey[] { ThresholdKey.REGION, ThresholdKey.COMMUNE_GROUP });
		if (!model.containsAttribute("recognitionForm")) {
			model.addAttribute("recognitionForm", new RecognitionInput(RecognitionKind.RECOGNISED, NtmStandard.BASIC, "", null, ""));
		}
		if (!model.containsAttribute("classificationForm")) {
			model.addAttribute("classificationForm", new ClassificationInput(ThresholdKey.COMMUNE_GROUP, "", null, ""));
		}
		return "program/scorecard";
	}

	@PostMapping("/scorecard/values")
	String enterValue(@PathVariable String code, @RequestParam(required = false) String set,
			@RequestParam(required = false) String period, ValueInput input, Model model, RedirectAttributes redirect) {
		ReportingPeriod reportingPeriod = Periods.parseOrThisYear(period, clock);
		try {
			service.enterValue(code, new ScorecardService.ScorecardKey(set, reportingPeriod), input.toForm());
		}
		catch (BusinessRuleException broken) {
			model.addAttribute("valueError", broken);
			model.addAttribute("typed", input);
			return show(code, set, period, model);
		}
		redirect.addFlashAttribute("message", "program.value.saved");
		redirect.addFlashAttribute("messageArgument", input.indicator());
		return back(code, set, reportingPeriod);
	}

	@PostMapping("/scorecard/submit")
	String submit(@PathVariable String code, @RequestParam(required = false) String set,
			@RequestParam(required = false) String period, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		ReportingPeriod reportingPeriod = Periods.parseOrThisYear(period, clock);
		service.submit(code, new ScorecardService.ScorecardKey(set, reportingPeriod), version);
		redirect.addFlashAttribute("message", "program.scorecard.submitted");
		return back(code, set, reportingPeriod);
	}

	@PostMapping("/scorecard/verify")
	String verify(@PathVariable String code, @RequestParam(required = false) String set,
			@RequestParam(required = false) String period, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		ReportingPeriod reportingPeriod = Periods.parseOrThisYear(period, clock);
		service.verify(code, new ScorecardService.ScorecardKey(set, reportingPeriod), version);
		redirect.addFlashAttribute("message", "program.scorecard.verified");
		return back(code, set, reportingPeriod);
	}

	@PostMapping("/scorecard/return")
	String returnScorecard(@PathVariable String code, @RequestParam(required = false) String set,
			@RequestParam(required = false) String period, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		ReportingPeriod reportingPeriod = Periods.parseOrThisYear(period, clock);
		service.returnWithReason(code, new ScorecardService.ScorecardKey(set, reportingPeriod), version, reason);
		redirect.addFlashAttribute("message", "program.scorecard.returned");
		return back(code, set, reportingPeriod);
	}

	@PostMapping("/recognitions")
	String recordRecognition(@PathVariable String code, @Valid @ModelAttribute("recognitionForm") RecognitionInput form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(code, null, null, model);
		}
		service.recordRecognition(code, new ScorecardService.RecognitionForm(form.kind(), form.standard(),
				form.decisionNumber(), form.decidedOn(), form.note()));
		redirect.addFlashAttribute("message", "program.recognition.recorded");
		return "redirect:/communes/" + code + "/scorecard";
	}

	@PostMapping("/classifications")
	String classify(@PathVariable String code, @Valid @ModelAttribute("classificationForm") ClassificationInput form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.classify(code, new ScorecardService.ClassificationForm(form.kind(), form.value().strip(),
						form.validFrom(), form.decidedBy()));
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			return show(code, null, null, model);
		}
		redirect.addFlashAttribute("message", "program.classification.recorded");
		return "redirect:/communes/" + code + "/scorecard";
	}

	private static String back(String code, String set, ReportingPeriod period) {
		return "redirect:" + UriComponentsBuilder.fromPath("/communes/{code}/scorecard")
			.queryParam("set", set == null ? "" : set)
			.queryParam("period", period.code())
			.buildAndExpand(code)
			.encode()
			.toUriString();
	}

	/** One indicator's value as typed: the number keeps the user's text (a decimal comma is accepted). */
	record ValueInput(String indicator, String value, Boolean met, String evidence, Long version) {

		ScorecardService.ValueForm toForm() {
			if (indicator == null || indicator.isBlank()) {
				throw new BusinessRuleException("program.indicator.required");
			}
			BigDecimal number = null;
			if (value != null && !value.isBlank()) {
				try {
					number = new BigDecimal(value.strip().replace(" ", "").replace(',', '.'));
				}
				catch (NumberFormatException notANumber) {
					throw new BusinessRuleException("program.value.notNumber", value);
				}
			}
			return new ScorecardService.ValueForm(indicator, number, met, evidence, version);
		}
	}

	record RecognitionInput(@NotNull(message = "{program.recognition.kind.required}") RecognitionKind kind,
			@NotNull(message = "{program.recognition.standard.required}") NtmStandard standard,
			@NotBlank(message = "{program.recognition.number.required}") @Size(max = 60, message = "{program.recognition.number.size}") String decisionNumber,
			@NotNull(message = "{program.recognition.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@Size(max = 500, message = "{program.recognition.note.size}") String note) {
	}

	record ClassificationInput(@NotNull(message = "{program.classification.kind.required}") ThresholdKey kind,
			@NotBlank(message = "{program.classification.value.required}") String value,
			@NotNull(message = "{program.classification.validFrom.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@Size(max = 300, message = "{program.classification.decidedBy.size}") String decidedBy) {
	}
}
