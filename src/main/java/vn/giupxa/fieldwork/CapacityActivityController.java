package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.shared.CurrentUser;

/** Capacity activities: the scoped list with a year filter and counts per commune, and the helper's form. */
@Controller
@RequestMapping("/capacity-activities")
class CapacityActivityController {

	private final CapacityActivities activities;

	private final VisitService visits;

	private final Clock clock;

	CapacityActivityController(CapacityActivities activities, VisitService visits, Clock clock) {
		this.activities = activities;
		this.visits = visits;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String commune,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("activities", activities.list(year, commune, CurrentUser.scope(), Math.max(page, 0), 25));
		model.addAttribute("counts", activities.countsPerCommune(year, commune, CurrentUser.scope()));
		model.addAttribute("year", year);
		model.addAttribute("commune", commune);
		model.addAttribute("canRecord", !visits.helperCommunes().isEmpty());
		return "fieldwork/capacity-activities";
	}

	@GetMapping("/new")
	String initRecordForm(@RequestParam(required = false) String commune, Model model) {
		model.addAttribute("form", CapacityActivityForm.empty(commune == null ? "" : commune, LocalDate.now(clock)));
		return populateForm(model);
	}

	@PostMapping("/new")
	String processRecordForm(@Valid @ModelAttribute("form") CapacityActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CapacityActivity saved = result.hasErrors() ? null : activities.record(form, result);
		if (saved == null) {
			return populateForm(model);
		}
		redirect.addFlashAttribute("message", "capacity.recorded");
		return "redirect:/capacity-activities";
	}

	private String populateForm(Model model) {
		model.addAttribute("communes", visits.helperCommunes());
		model.addAttribute("kinds", CapacityActivityKind.values());
		return "fieldwork/capacity-activity-form";
	}
}
