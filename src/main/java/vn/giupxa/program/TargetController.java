package vn.giupxa.program;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;

/** Plan targets and actuals: the scoped list with progress, a new target (Coordination Office), an actual (commune). */
@Controller
class TargetController {

	static final int PAGE_SIZE = 25;

	private final Targets targets;

	private final TargetService service;

	private final Catalog catalog;

	TargetController(Targets targets, TargetService service, Catalog catalog) {
		this.targets = targets;
		this.service = service;
		this.catalog = catalog;
	}

	@GetMapping("/targets")
	String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("period", period);
		model.addAttribute("targets", targets.list(unit, period, CurrentUser.scope(), Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("programs", catalog.programs());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TargetForm.empty());
		}
		return "program/targets";
	}

	@PostMapping("/targets")
	String create(@Valid @ModelAttribute("form") TargetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.create(form);
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			return list(null, null, 0, model);
		}
		redirect.addFlashAttribute("message", "program.target.created");
		return "redirect:/targets?unit=" + form.unitCode().strip();
	}

	@PostMapping("/targets/{id}/actuals")
	String report(@PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) BigDecimal value, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		service.report(id, period, value, version);
		redirect.addFlashAttribute("message", "program.actual.saved");
		return "redirect:/targets";
	}
}
