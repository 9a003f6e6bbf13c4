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
import vn.giupxa.territory.UnitView;

/**
 * Committees of a unit (chosen by its official code, as of today): the People's Committee and the
 * Steering Committee with their members, creating a committee, seating and unseating members.
 */
@Controller
@RequestMapping("/directory/committees")
class CommitteeController {

	private static final String LIST = "directory/committees";

	private static final String PAGE = "directory/committee";

	private final Directory directory;

	private final DirectorySearch search;

	private final CommitteeService service;

	private final Clock clock;

	CommitteeController(Directory directory, DirectorySearch search, CommitteeService service, Clock clock) {
		this.directory = directory;
		this.search = search;
		this.service = service;
		this.clock = clock;
	}

	@ModelAttribute("committeeKinds")
	CommitteeKind[] committeeKinds() {
		return CommitteeKind.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String unit, Model model) {
		model.addAttribute("form", CommitteeForm.forUnit(unit));
		return unitPage(unit, model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") CommitteeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Committee committee = result.hasErrors() ? null : service.create(form, result);
		if (committee == null) {
			model.addAttribute("showCreate", true);
			return unitPage(form.unitCode(), model);
		}
		redirect.addFlashAttribute("message", "directory.committee.created");
		return "redirect:/directory/committees/" + committee.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long officialId, Model model) {
		model.addAttribute("form", MemberForm.empty(officialId, LocalDate.now(clock)));
		model.addAttribute("q", q);
		return committeePage(id, q, model);
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.addMember(id, form, result);
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			return committeePage(id, null, model);
		}
		redirect.addFlashAttribute("message", "directory.member.added");
		return "redirect:/directory/committees/" + id;
	}

	@PostMapping("/{id}/members/{memberId}/end")
	String endMember(@PathVariable long id, @PathVariable long memberId,
			@Valid @ModelAttribute("endForm") EndTermForm endForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.endMember(id, memberId, endForm.endOn());
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("form", MemberForm.empty(null, LocalDate.now(clock)));
			model.addAttribute("endingMemberId", memberId);
			return committeePage(id, null, model);
		}
		redirect.addFlashAttribute("message", "directory.member.ended");
		return "redirect:/directory/committees/" + id;
	}

	private String unitPage(String code, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("unitCode", code);
		if (code != null && !code.isBlank()) {
			UnitView unit = search.visibleUnit(code, today, CurrentUser.scope()).orElse(null);
			model.addAttribute("unit", unit);
			model.addAttribute("unitMissing", unit == null);
			if (unit != null) {
				model.addAttribute("committees", directory.committeesOf(unit.id(), today));
			}
		}
		return LIST;
	}

	private String committeePage(long id, String q, Model model) {
		LocalDate today = LocalDate.now(clock);
		CommitteeView committee = directory.committee(id)
			.filter(c -> search.visibleUnit(c.unitId(), CurrentUser.scope()).isPresent())
			.orElseThrow(() -> new NotFoundException("directory.committee.notFound", id));
		MemberForm form = (MemberForm) model.getAttribute("form");
		model.addAttribute("committee", committee);
		model.addAttribute("unit", search.visibleUnit(committee.unitId(), CurrentUser.scope()).orElseThrow());
		model.addAttribute("today", today);
		if (q != null && !q.isBlank()) {
			model.addAttribute("candidates", search.officials(q, 0, 10, today));
		}
		if (form != null && form.officialId() != null) {
			model.addAttribute("chosen", directory.official(form.officialId()).orElse(null));
		}
		if (!model.containsAttribute("endForm")) {
			model.addAttribute("endForm", new EndTermForm(today));
		}
		return PAGE;
	}
}
