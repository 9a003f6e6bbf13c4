package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import vn.giupxa.portal.PublishedDocuments;
import vn.giupxa.shared.CurrentUser;

/** The dissemination log: the scoped list (a commune sees its own) and the helper's form with a document picker. */
@Controller
@RequestMapping("/dissemination")
class DisseminationController {

	private final Disseminations reads;

	private final DisseminationService service;

	private final VisitService visits;

	private final PublishedDocuments documents;

	private final Clock clock;

	DisseminationController(Disseminations reads, DisseminationService service, VisitService visits,
			PublishedDocuments documents, Clock clock) {
		this.reads = reads;
		this.service = service;
		this.visits = visits;
		this.documents = documents;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String commune, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var rows = reads.list(commune, year, CurrentUser.scope(), Math.max(page, 0), 25);
		model.addAttribute("records", rows);
		model.addAttribute("documents", documents.byIds(rows.stream().map(Disseminations.Row::documentId).toList()));
		model.addAttribute("commune", commune);
		model.addAttribute("year", year);
		model.addAttribute("canRecord", !visits.helperCommunes().isEmpty());
		return "fieldwork/disseminations";
	}

	@GetMapping("/new")
	String initRecordForm(@RequestParam(required = false) String commune, @RequestParam(required = false) Long document,
			@RequestParam(required = false) String q, Model model) {
		model.addAttribute("form", DisseminationForm.empty(commune == null ? "" : commune, document, LocalDate.now(clock)));
		return populateForm(q, model);
	}

	@PostMapping("/new")
	String processRecordForm(@Valid @ModelAttribute("form") DisseminationForm form, BindingResult result,
			@RequestParam(required = false) String q, @RequestParam(required = false) String search, Model model,
			RedirectAttributes redirect) {
		if (search != null) {
			// The picker's search button: show matching documents, keep what was typed, no errors yet.
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			return populateForm(q, model);
		}
		Dissemination saved = result.hasErrors() ? null : service.record(form, result);
		if (saved == null) {
			return populateForm(q, model);
		}
		redirect.addFlashAttribute("message", "dissemination.recorded");
		return "redirect:/dissemination";
	}

	/** The picker lists documents matching {@code q} (the latest when empty), always with the one chosen. */
	private String populateForm(String q, Model model) {
		DisseminationForm form = (DisseminationForm) model.getAttribute("form");
		List<PublishedDocuments.DocumentView> choices = new ArrayList<>(documents.search(q, 30));
		if (form != null && form.documentId() != null && choices.stream().noneMatch(d -> d.id() == form.documentId())) {
			documents.byId(form.documentId()).ifPresent(choice -> choices.add(0, choice));
		}
		model.addAttribute("q", q);
		model.addAttribute("documentChoices", choices);
		model.addAttribute("communes", visits.helperCommunes());
		model.addAttribute("channels", DisseminationChannel.values());
		model.addAttribute("visitChoices", reads.visitChoices(CurrentUser.scope()));
		return "fieldwork/dissemination-form";
	}
}
