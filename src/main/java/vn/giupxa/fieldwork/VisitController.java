package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import vn.giupxa.files.AttachmentTable;
import vn.giupxa.obstacle.ObstacleIntake;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.Downloads;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;

/** The visit pages: list, plan, a visit with the steps the caller may take, and the report. */
@Controller
@RequestMapping("/visits")
class VisitController {

	private final Visits visits;

	private final VisitService service;

	private final Territory territory;

	private final ObstacleIntake obstacles;

	private final VisitAttachments attachments;

	private final MessageSource messages;

	private final Clock clock;

	VisitController(Visits visits, VisitService service, Territory territory, ObstacleIntake obstacles,
			VisitAttachments attachments, MessageSource messages, Clock clock) {
		this.visits = visits;
		this.service = service;
		this.territory = territory;
		this.obstacles = obstacles;
		this.attachments = attachments;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") VisitFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("visits", visits.list(filter, CurrentUser.scope(), Math.max(page, 0), 25));
		model.addAttribute("states", VisitState.values());
		model.addAttribute("canPlan", !service.helperCommunes().isEmpty());
		return "fieldwork/visits";
	}

	@GetMapping("/new")
	String initPlanForm(@RequestParam(required = false) String commune, Model model) {
		model.addAttribute("form", VisitForm.empty(commune == null ? "" : commune));
		return populatePlanForm(model);
	}

	@PostMapping("/new")
	String processPlanForm(@Valid @ModelAttribute("form") VisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FieldVisit visit = result.hasErrors() ? null : service.plan(form, result);
		if (visit == null) {
			return populatePlanForm(model);
		}
		redirect.addFlashAttribute("message", "fieldwork.visit.planned");
		return "redirect:/visits/" + visit.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Visits.Detail detail = visits.detail(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("fieldwork.visit.notFound", id));
		model.addAttribute("detail", detail);
		model.addAttribute("visit", detail.visit());
		model.addAttribute("attachments", attachments.of(id));
		model.addAttribute("helperSide", service.isHelperSide(service.visible(id).getCommunePath()));
		model.addAttribute("communeSide", service.isCommuneSide(service.visible(id).getCommunePath()));
		model.addAttribute("earliest", service.earliestDate());
		model.addAttribute("noticeDays", service.noticeWorkingDays());
		model.addAttribute("today", LocalDate.now(clock));
		return "fieldwork/visit";
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		service.visible(id);
		AttachmentTable.Download file = attachments.download(id, attachmentId)
			.orElseThrow(() -> new NotFoundException("visitattachment.notFound", attachmentId));
		return Downloads.attachment(MediaType.parseMediaType(file.kind().contentType()), file.name())
			.body(new InputStreamResource(file.content()));
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, VisitStepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.confirm(id, form), "fieldwork.visit.confirmed", model, redirect);
	}

	@PostMapping("/{id}/acknowledge")
	String acknowledge(@PathVariable long id, VisitStepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.acknowledge(id, form), "fieldwork.visit.acknowledged", model, redirect);
	}

	@PostMapping("/{id}/propose-date")
	String proposeDate(@PathVariable long id, VisitStepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.proposeAnotherDate(id, form), "fieldwork.visit.dateProposed", model, redirect);
	}

	@PostMapping("/{id}/accept-date")
	String acceptDate(@PathVariable long id, VisitStepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.acceptProposedDate(id, form), "fieldwork.visit.dateAccepted", model, redirect);
	}

	@PostMapping("/{id}/done")
	String done(@PathVariable long id, VisitStepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.markDone(id, form), "fieldwork.visit.markedDone", model, redirect);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, VisitStepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.cancel(id, form), "fieldwork.visit.cancelled", model, redirect);
	}

	@GetMapping("/{id}/report")
	String initReportForm(@PathVariable long id, Model model) {
		FieldVisit visit = service.visible(id);
		model.addAttribute("form", ReportForm.empty(visit.getVersion()));
		return populateReportForm(id, model);
	}

	@PostMapping("/{id}/report")
	String processReportForm(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			FieldVisit visit = result.hasErrors() ? null : service.report(id, form, result);
			if (visit == null) {
				return populateReportForm(id, model);
			}
		}
		catch (VisitRuleException refused) {
			model.addAttribute("stepError", text(refused.messageKey(), refused.arguments()));
			return populateReportForm(id, model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			model.addAttribute("stepError", text("error.stale", new Object[0]));
			return populateReportForm(id, model);
		}
		redirect.addFlashAttribute("message", "fieldwork.visit.reported");
		return "redirect:/visits/" + id;
	}

	/** Runs a step; a refused or stale step shows the visit again with the reason and what the user typed. */
	private String act(long id, VisitStepForm form, Runnable step, String message, Model model,
			RedirectAttributes redirect) {
		try {
			step.run();
		}
		catch (VisitRuleException refused) {
			model.addAttribute("stepError", text(refused.messageKey(), refused.arguments()));
			model.addAttribute("draft", form);
			return show(id, model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			model.addAttribute("stepError", text("error.stale", new Object[0]));
			model.addAttribute("draft", form);
			return show(id, model);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/visits/" + id;
	}

	private String populatePlanForm(Model model) {
		model.addAttribute("communes", service.helperCommunes());
		model.addAttribute("earliest", service.earliestDate());
		model.addAttribute("noticeDays", service.noticeWorkingDays());
		return "fieldwork/plan";
	}

	private String populateReportForm(long id, Model model) {
		model.addAttribute("visit", visits.detail(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("fieldwork.visit.notFound", id)).visit());
		model.addAttribute("categories", obstacles.categories(LocaleContextHolder.getLocale()));
		return "fieldwork/report";
	}

	private String text(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
