package vn.giupxa.obstacle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import vn.giupxa.account.AccountContacts;
import vn.giupxa.account.Role;
import vn.giupxa.files.AttachmentTable;
import vn.giupxa.program.CatalogOption;
import vn.giupxa.program.ProgramCatalog;
import vn.giupxa.shared.Downloads;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;

/** The register pages: list with figures, raise, an item's page with the steps the caller may take. */
@Controller
@RequestMapping("/obstacles")
class ObstacleController {

	private static final String FORM = "obstacle/form";

	private final ObstacleRegister register;

	private final ObstacleService service;

	private final ObstacleCategories categories;

	private final Territory territory;

	private final MessageSource messages;

	private final ObstacleAttachments attachments;

	private final AccountContacts contacts;

	private final ProgramCatalog catalog;

	private final Clock clock;

	ObstacleController(ObstacleRegister register, ObstacleService service, ObstacleCategories categories,
			Territory territory, MessageSource messages, ObstacleAttachments attachments, AccountContacts contacts,
			ProgramCatalog catalog, Clock clock) {
		this.contacts = contacts;
		this.messages = messages;
		this.attachments = attachments;
		this.catalog = catalog;
		this.register = register;
		this.service = service;
		this.categories = categories;
		this.territory = territory;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("categories", categories.active(LocaleContextHolder.getLocale()));
		model.addAttribute("levels", ObstacleLevel.values());
		model.addAttribute("states", ObstacleState.values());
		model.addAttribute("kinds", ObstacleKind.values());
		model.addAttribute("helpers", contacts.withRole(Role.AGENCY_LEADER));
	}

	@GetMapping
	String list(@ModelAttribute("filter") RegisterFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("items", register.list(filter, CurrentUser.scope(), page, 25));
		model.addAttribute("figures", register.figures(CurrentUser.scope()));
		catalogChoices(model);
		return "obstacle/list";
	}

	@GetMapping("/new")
	String initRaiseForm(@RequestParam(required = false) String commune, Model model) {
		model.addAttribute("form", ObstacleForm.empty(commune == null ? "" : commune));
		return populateForm(model);
	}

	@PostMapping("/new")
	String processRaiseForm(@Valid @ModelAttribute("form") ObstacleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Obstacle obstacle = result.hasErrors() ? null : service.raise(form, result);
		if (obstacle == null) {
			return populateForm(model);
		}
		redirect.addFlashAttribute("message", "obstacle.raised");
		return "redirect:/obstacles/" + obstacle.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Obstacle obstacle = service.visible(id);
		Set<ObstacleLevel> myLevels = service.callerLevels(obstacle);
		boolean holding = obstacle.getState() == ObstacleState.OPEN && myLevels.contains(obstacle.getLevel());
		model.addAttribute("item", register.detail(id));
		model.addAttribute("attachments", attachments.of(id));
		model.addAttribute("holding", holding);
		model.addAttribute("canResolve", holding && obstacle.getLevel() == obstacle.getRaisedLevel());
		model.addAttribute("canAnswer", holding && obstacle.getLevel() != obstacle.getRaisedLevel());
		model.addAttribute("nextLevel", obstacle.getLevel().next(service.hasDistrict(obstacle)).orElse(null));
		model.addAttribute("nextCandidates", obstacle.getLevel().next(service.hasDistrict(obstacle))
			.map(next -> service.candidatesAt(next, obstacle)).orElse(java.util.List.of()));
		model.addAttribute("raiserSide", service.isRaiserOrCommune(obstacle));
		model.addAttribute("today", LocalDate.now(clock));
		return "obstacle/item";
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		service.visible(id);
		AttachmentTable.Download file = attachments.download(id, attachmentId)
			.orElseThrow(() -> new NotFoundException("obstacle.attachment.notFound", attachmentId));
		return Downloads.attachment(MediaType.parseMediaType(file.kind().contentType()), file.name())
			.body(new InputStreamResource(file.content()));
	}

	@PostMapping("/{id}/escalate")
	String escalate(@PathVariable long id, StepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.escalate(id, form), "obstacle.escalated", model, redirect);
	}

	@PostMapping("/{id}/resolve")
	String resolve(@PathVariable long id, StepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.resolveWithinAuthority(id, form), "obstacle.resolved", model, redirect);
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, StepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.answer(id, form), "obstacle.answered", model, redirect);
	}

	@PostMapping("/{id}/request-information")
	String requestInformation(@PathVariable long id, StepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.requestInformation(id, form), "obstacle.informationRequested", model, redirect);
	}

	@PostMapping("/{id}/provide-information")
	String provideInformation(@PathVariable long id, StepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.provideInformation(id, form), "obstacle.informationProvided", model, redirect);
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, StepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.confirm(id, form), "obstacle.confirmed", model, redirect);
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable long id, StepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.reopen(id, form), "obstacle.reopened", model, redirect);
	}

	/**
	 * Runs a step; a refused or stale step shows the item again with the reason and the text the
	 * user typed, so nothing is lost.
	 */
	private String act(long id, StepForm form, Runnable step, String message, Model model, RedirectAttributes redirect) {
		try {
			step.run();
		}
		catch (ObstacleRuleException refused) {
			model.addAttribute("stepError", messages.getMessage(refused.messageKey(), refused.arguments(),
					LocaleContextHolder.getLocale()));
			model.addAttribute("draft", form.text());
			return show(id, model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			model.addAttribute("stepError", messages.getMessage("error.stale", null, LocaleContextHolder.getLocale()));
			model.addAttribute("draft", form.text());
			return show(id, model);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/obstacles/" + id;
	}

	private String populateForm(Model model) {
		model.addAttribute("communes", territory.withinPaths(
				CurrentUser.scope().unrestricted() ? Set.of("/") : CurrentUser.scope().paths(), UnitLevel.COMMUNE,
				LocalDate.now(clock)));
		catalogChoices(model);
		return FORM;
	}

	/** The program items open today and the criteria in force, grouped by program and set. */
	private void catalogChoices(Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("components", catalog.openComponents(today).stream()
			.collect(Collectors.groupingBy(CatalogOption::group, LinkedHashMap::new, Collectors.toList())));
		model.addAttribute("criteria", catalog.criteriaInForce(today).stream()
			.collect(Collectors.groupingBy(CatalogOption::group, LinkedHashMap::new, Collectors.toList())));
	}
}
