package vn.giupxa.directory;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
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

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/**
 * Appoints an official to a position from a day ("bổ nhiệm"): the official is found by name, e-mail or
 * number and chosen from the results, or typed in by number.
 */
@Controller
@RequestMapping("/directory/agencies/{id}/positions/{positionId}/appoint")
class AppointmentController {

	private static final String FORM = "directory/appoint";

	private final Directory directory;

	private final DirectorySearch search;

	private final DirectoryService service;

	private final Clock clock;

	AppointmentController(Directory directory, DirectorySearch search, DirectoryService service, Clock clock) {
		this.directory = directory;
		this.search = search;
		this.service = service;
		this.clock = clock;
	}

	@GetMapping
	String initAppointmentForm(@PathVariable long id, @PathVariable long positionId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long officialId, Model model) {
		model.addAttribute("form", new AppointmentForm(officialId, LocalDate.now(clock), false));
		return page(id, positionId, q, model);
	}

	@PostMapping
	String processAppointmentForm(@PathVariable long id, @PathVariable long positionId,
			@Valid @ModelAttribute("form") AppointmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.appoint(id, positionId, form, result);
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			return page(id, positionId, null, model);
		}
		redirect.addFlashAttribute("message", "directory.appointment.done");
		return "redirect:/directory/agencies/" + id;
	}

	private String page(long id, long positionId, String q, Model model) {
		AgencyView agency = search.visibleAgency(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("directory.agency.notFound", id));
		PositionView position = directory.position(positionId)
			.filter(p -> p.agencyId() == id)
			.orElseThrow(() -> new NotFoundException("directory.position.notFound", positionId));
		LocalDate today = LocalDate.now(clock);
		AppointmentForm form = (AppointmentForm) model.getAttribute("form");
		model.addAttribute("agency", agency);
		model.addAttribute("position", position);
		model.addAttribute("holder", directory.holderOn(positionId, today).orElse(null));
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("candidates", search.officials(q, 0, 10, today));
		}
		if (form != null && form.officialId() != null) {
			model.addAttribute("chosen", directory.official(form.officialId()).orElse(null));
		}
		return FORM;
	}
}
