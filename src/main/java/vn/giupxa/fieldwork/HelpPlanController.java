package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import vn.giupxa.assignment.AssignmentsInForce;
import vn.giupxa.program.ProgramCatalog;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/** The help-plan pages: the scoped list with progress, a plan with its comments, the form, the steps. */
@Controller
@RequestMapping("/help-plans")
class HelpPlanController {

	private final HelpPlans reads;

	private final HelpPlanService service;

	private final AssignmentsInForce assignments;

	private final ProgramCatalog catalog;

	private final MessageSource messages;

	private final Clock clock;

	HelpPlanController(HelpPlans reads, HelpPlanService service, AssignmentsInForce assignments, ProgramCatalog catalog,
			MessageSource messages, Clock clock) {
		this.reads = reads;
		this.service = service;
		this.assignments = assignments;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String commune,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var plans = reads.list(year, commune, CurrentUser.scope(), Math.max(page, 0), 25);
		Map<Long, AssignmentsInForce.View> helpers = new HashMap<>();
		plans.forEach(row -> helpers.computeIfAbsent(row.assignmentId(), id -> assignments.byId(id, today()).orElse(null)));
		model.addAttribute("plans", plans);
		model.addAttribute("helpers", helpers);
		model.addAttribute("year", year);
		model.addAttribute("commune", commune);
		model.addAttribute("canWrite", !service.writableAssignments().isEmpty());
		return "fieldwork/help-plans";
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(required = false) Long assignment, Model model) {
		model.addAttribute("form", HelpPlanForm.empty(assignment, today().getYear()));
		return populateForm(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") HelpPlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		HelpPlan plan = result.hasErrors() ? null : service.create(form, result);
		if (plan == null) {
			return populateForm(model, null);
		}
		redirect.addFlashAttribute("message", "helpplan.saved");
		return "redirect:/help-plans/" + plan.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		HelpPlan plan = service.visible(id);
		HelpPlans.Detail detail = reads.detail(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("helpplan.notFound", id));
		model.addAttribute("detail", detail);
		model.addAttribute("plan", detail.plan());
		model.addAttribute("assignment", assignments.byId(plan.getAssignmentId(), today()).orElse(null));
		model.addAttribute("helperSide", service.isHelperSide(plan));
		model.addAttribute("canComment", service.isHelperSide(plan) || service.isMonitor(plan));
		return "fieldwork/help-plan";
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", service.editForm(id));
		return populateForm(model, id);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") HelpPlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		service.visible(id);
		try {
			HelpPlan plan = result.hasErrors() ? null : service.update(id, form, result);
			if (plan == null) {
				return populateForm(model, id);
			}
		}
		catch (HelpPlanRuleException refused) {
			model.addAttribute("stepError", text(refused.messageKey(), refused.arguments()));
			return populateForm(model, id);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			model.addAttribute("stepError", text("error.stale", new Object[0]));
			return populateForm(model, id);
		}
		redirect.addFlashAttribute("message", "helpplan.saved");
		return "redirect:/help-plans/" + id;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		return act(id, null, () -> service.submit(id, version), "helpplan.submitted", model, redirect);
	}

	@PostMapping("/{id}/revise")
	String revise(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		long[] created = new long[1];
		String view = act(id, null, () -> created[0] = service.revise(id, version).getId(), "helpplan.revised", model,
				redirect);
		return created[0] == 0 ? view : "redirect:/help-plans/" + created[0] + "/edit";
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(required = false) String text, Model model,
			RedirectAttributes redirect) {
		return act(id, text, () -> service.comment(id, text), "helpplan.commented", model, redirect);
	}

	/** Runs a step; a refused or stale one shows the plan again with the reason and the text typed. */
	private String act(long id, String typed, Runnable step, String message, Model model, RedirectAttributes redirect) {
		try {
			step.run();
		}
		catch (HelpPlanRuleException refused) {
			model.addAttribute("stepError", text(refused.messageKey(), refused.arguments()));
			model.addAttribute("draft", typed);
			return show(id, model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			model.addAttribute("stepError", text("error.stale", new Object[0]));
			model.addAttribute("draft", typed);
			return show(id, model);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/help-plans/" + id;
	}

	private String populateForm(Model model, Long planId) {
		model.addAttribute("planId", planId);
		model.addAttribute("assignments", service.writableAssignments());
		model.addAttribute("components", catalog.openComponents(today()));
		model.addAttribute("focuses", FocusContent.values());
		return "fieldwork/help-plan-form";
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private String text(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
