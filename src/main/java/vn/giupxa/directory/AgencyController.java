package vn.giupxa.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/**
 * Agencies: list with kind filter and accent-insensitive search, create and edit, and on an agency's
 * page its positions with the current holder and history, adding a position and ending a holding.
 */
@Controller
@RequestMapping("/directory/agencies")
class AgencyController {

	private static final String LIST = "directory/agencies";

	private static final String PAGE = "directory/agency";

	private final Directory directory;

	private final DirectorySearch search;

	private final DirectoryService service;

	private final Clock clock;

	AgencyController(Directory directory, DirectorySearch search, DirectoryService service, Clock clock) {
		this.directory = directory;
		this.search = search;
		this.service = service;
		this.clock = clock;
	}

	@ModelAttribute("agencyKinds")
	AgencyKind[] agencyKinds() {
		return AgencyKind.values();
	}

	@ModelAttribute("positionKinds")
	PositionKind[] positionKinds() {
		return PositionKind.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) AgencyKind kind, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("q", q);
		model.addAttribute("agencies", search.agencies(kind, q, page, CurrentUser.scope()));
		return LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", AgencyForm.empty());
		return PAGE;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result,
			RedirectAttributes redirect) {
		Agency agency = result.hasErrors() ? null : service.createAgency(form, result);
		if (agency == null) {
			return PAGE;
		}
		redirect.addFlashAttribute("message", "directory.agency.created");
		return "redirect:/directory/agencies/" + agency.getId();
	}

	/**
	 * The agency's page. With {@code successorCode} and {@code effectiveOn} (the merger form's first step, sent
	 * by GET) the merger form offers the successor's positions in force on that date, or says why it cannot.
	 */
	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String successorCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			Model model) {
		model.addAttribute("form", formOf(id));
		if (successorCode != null || effectiveOn != null) {
			MergerForm mergerForm = new MergerForm(successorCode, effectiveOn, Map.of());
			BindingResult result = new BeanPropertyBindingResult(mergerForm, "mergerForm");
			if (mergerForm.effectiveOn() == null) {
				result.rejectValue("effectiveOn", "directory.merger.effectiveOn.required");
			}
			AgencyView successor = result.hasErrors() ? null : service.successorFor(id, mergerForm, result);
			if (successor == null) {
				model.addAttribute("mergerForm", mergerForm);
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "mergerForm", result);
			}
			else {
				model.addAttribute("mergerForm", mergerForm.proposing(directory.positionsOf(id, effectiveOn.minusDays(1)),
						directory.positionsOf(successor.id(), effectiveOn)));
			}
		}
		return agencyPage(id, model);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") AgencyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			service.updateAgency(id, form, result);
		}
		if (result.hasErrors()) {
			return agencyPage(id, model);
		}
		redirect.addFlashAttribute("message", "directory.agency.updated");
		return "redirect:/directory/agencies/" + id;
	}

	@PostMapping("/{id}/positions")
	String addPosition(@PathVariable long id, @Valid @ModelAttribute("positionForm") PositionForm positionForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.addPosition(id, positionForm);
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("form", formOf(id));
			return agencyPage(id, model);
		}
		redirect.addFlashAttribute("message", "directory.position.added");
		return "redirect:/directory/agencies/" + id;
	}

	@PostMapping("/{id}/positions/{positionId}/holdings/{holdingId}/end")
	String endHolding(@PathVariable long id, @PathVariable long positionId, @PathVariable long holdingId,
			@Valid @ModelAttribute("endForm") EndTermForm endForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.endHolding(id, positionId, holdingId, endForm.endOn());
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("form", formOf(id));
			model.addAttribute("endingHoldingId", holdingId);
			return agencyPage(id, model);
		}
		redirect.addFlashAttribute("message", "directory.holding.ended");
		return "redirect:/directory/agencies/" + id;
	}

	@PostMapping("/{id}/renames")
	String rename(@PathVariable long id, @Valid @ModelAttribute("renameForm") RenameForm renameForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.renameAgency(id, renameForm);
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		return afterChange(id, result, model, redirect, "directory.rename.done");
	}

	@PostMapping("/{id}/merger")
	String merge(@PathVariable long id, @Valid @ModelAttribute("mergerForm") MergerForm mergerForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.mergeAgency(id, mergerForm, result);
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		return afterChange(id, result, model, redirect, "directory.merger.done");
	}

	private String afterChange(long id, BindingResult result, Model model, RedirectAttributes redirect,
			String doneMessage) {
		if (result.hasErrors()) {
			model.addAttribute("form", formOf(id));
			return agencyPage(id, model);
		}
		redirect.addFlashAttribute("message", doneMessage);
		return "redirect:/directory/agencies/" + id;
	}

	private String agencyPage(long id, Model model) {
		LocalDate today = LocalDate.now(clock);
		AgencyView agency = search.visibleAgency(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("directory.agency.notFound", id));
		List<PositionRow> positions = directory.positionsOf(id)
			.stream()
			.map(position -> new PositionRow(position, directory.holderOn(position.id(), today).orElse(null),
					directory.historyOf(position.id())))
			.toList();
		model.addAttribute("agency", agency);
		model.addAttribute("positions", positions);
		model.addAttribute("today", today);
		model.addAttribute("renames", directory.renamesOf(id));
		model.addAttribute("merger", directory.mergerOf(id).orElse(null));
		model.addAttribute("mergedFrom", directory.mergersInto(id));
		if (!model.containsAttribute("renameForm")) {
			model.addAttribute("renameForm", RenameForm.empty());
		}
		if (!model.containsAttribute("mergerForm")) {
			model.addAttribute("mergerForm", MergerForm.empty());
		}
		model.addAttribute("mergerChoices", mergerChoices(id, (MergerForm) model.getAttribute("mergerForm")));
		if (!model.containsAttribute("positionForm")) {
			model.addAttribute("positionForm", PositionForm.empty());
		}
		if (!model.containsAttribute("endForm")) {
			model.addAttribute("endForm", new EndTermForm(today));
		}
		return PAGE;
	}

	/**
	 * The merger form's second step: for each of the agency's positions on the day before the merger, the
	 * successor's positions in force on the merger date. Empty while the successor is unknown or refused.
	 */
	private MergerChoices mergerChoices(long id, MergerForm form) {
		if (!form.successorChosen()) {
			return null;
		}
		AgencyView successor = search.visibleAgency(form.successorCode().strip(), CurrentUser.scope())
			.filter(agency -> agency.id() != id && agency.validOn(form.effectiveOn()))
			.orElse(null);
		if (successor == null) {
			return null;
		}
		return new MergerChoices(successor, directory.positionsOf(id, form.effectiveOn().minusDays(1)),
				directory.positionsOf(successor.id(), form.effectiveOn()));
	}

	private AgencyForm formOf(long id) {
		Agency agency = service.agency(id);
		AgencyView view = search.visibleAgency(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("directory.agency.notFound", id));
		return new AgencyForm(agency.getCode(), agency.getName(), agency.getShortName(), agency.getKind(),
				view.unitCode(), view.parentAgencyCode(), agency.getEmail(), agency.getPhone(), agency.getAddress(),
				agency.getValidFrom(), agency.getValidTo(), agency.getVersion());
	}

	/** The merger form's second step: the successor, the agency's seats and the successor's seats to choose from. */
	record MergerChoices(AgencyView successor, List<PositionView> own, List<PositionView> offered) {
	}

	/** A position on the agency page: who holds it today (or null) and everyone who held it. */
	record PositionRow(PositionView position, PositionHolderView holder, List<HoldingView> history) {
	}
}
