package vn.giupxa.assignment;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.directory.AgencyView;
import vn.giupxa.directory.Directory;
import vn.giupxa.shared.Downloads;
import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.UnitView;

/**
 * The Coordination Office's work on decisions: the list, a new draft, its lines and help teams, issuing, the
 * signed file, the exports and the January consolidation.
 */
@Controller
@RequestMapping("/assignments")
class DecisionController {

	private static final String LIST = "assignment/decisions";

	private static final String PAGE = "assignment/decision";

	private final AssignmentService service;

	private final DecisionReader reader;

	private final DecisionSearch search;

	private final AnnualConsolidation consolidation;

	private final Directory directory;

	private final Clock clock;

	DecisionController(AssignmentService service, DecisionReader reader, DecisionSearch search,
			AnnualConsolidation consolidation, Directory directory, Clock clock) {
		this.service = service;
		this.reader = reader;
		this.search = search;
		this.consolidation = consolidation;
		this.directory = directory;
		this.clock = clock;
	}

	@ModelAttribute("tiers")
	Tier[] tiers() {
		return Tier.values();
	}

	@ModelAttribute("kinds")
	AssignmentKind[] kinds() {
		return AssignmentKind.values();
	}

	@GetMapping("/decisions")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("form", DecisionForm.empty(search.defaultIssuerCode(today), today.getYear()));
		return listPage(page, model);
	}

	@PostMapping("/decisions")
	String processCreationForm(@Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AssignmentDecision decision = result.hasErrors() ? null : service.createDecision(form, result);
		if (decision == null) {
			return listPage(0, model);
		}
		redirect.addFlashAttribute("message", "assignment.decision.created");
		return "redirect:/assignments/decisions/" + decision.getId();
	}

	@PostMapping("/consolidation")
	String consolidate(@RequestParam int year, RedirectAttributes redirect) {
		LocalDate firstDay = LocalDate.of(year, 1, 1);
		UnitView province = search.issuerUnit(search.defaultIssuerCode(firstDay.minusDays(1)), firstDay.minusDays(1));
		AssignmentDecision draft = consolidation.build(province.id(), year);
		redirect.addFlashAttribute("message", "assignment.consolidation.done");
		redirect.addFlashAttribute("messageArgument", String.valueOf(year));
		return "redirect:/assignments/decisions/" + draft.getId();
	}

	@GetMapping("/decisions/{id}")
	String show(@PathVariable long id, Model model) {
		DecisionView decision = reader.view(id);
		model.addAttribute("form", new DecisionForm(decision.tier(), decision.issuerCode(), decision.year(),
				decision.number(), decision.title(), decision.signedOn(), decision.signerName(), decision.signerTitle(),
				decision.legalBasis(), decision.version()));
		model.addAttribute("assignmentForm", AssignmentForm.empty(LocalDate.of(decision.year(), 1, 1)));
		return decisionPage(decision, model);
	}

	@PostMapping("/decisions/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			service.updateDecision(id, form, result);
		}
		if (result.hasErrors()) {
			DecisionView decision = reader.view(id);
			model.addAttribute("assignmentForm", AssignmentForm.empty(LocalDate.of(decision.year(), 1, 1)));
			return decisionPage(decision, model);
		}
		redirect.addFlashAttribute("message", "assignment.decision.saved");
		return "redirect:/assignments/decisions/" + id;
	}

	@PostMapping("/decisions/{id}/assignments")
	String addAssignment(@PathVariable long id, @Valid @ModelAttribute("assignmentForm") AssignmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.addAssignment(id, form);
			}
			catch (IssuedDecisionException issued) {
				throw issued; // the whole page refuses: answered 409 by the error page
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			DecisionView decision = reader.view(id);
			model.addAttribute("form", formOf(decision));
			return decisionPage(decision, model);
		}
		redirect.addFlashAttribute("message", "assignment.added");
		return "redirect:/assignments/decisions/" + id;
	}

	@PostMapping("/decisions/{id}/assignments/{assignmentId}/delete")
	String removeAssignment(@PathVariable long id, @PathVariable long assignmentId, RedirectAttributes redirect) {
		service.removeAssignment(id, assignmentId);
		redirect.addFlashAttribute("message", "assignment.removed");
		return "redirect:/assignments/decisions/" + id;
	}

	@PostMapping("/decisions/{id}/assignments/{assignmentId}/members")
	String addMember(@PathVariable long id, @PathVariable long assignmentId,
			@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.addMember(id, assignmentId, form, result);
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		return afterTeamChange(id, assignmentId, result, redirect, "assignment.member.added");
	}

	private static String afterTeamChange(long id, long assignmentId, BindingResult result, RedirectAttributes redirect,
			String doneMessage) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("memberErrors", result.getAllErrors());
			redirect.addFlashAttribute("memberAssignmentId", assignmentId);
		}
		else {
			redirect.addFlashAttribute("message", doneMessage);
		}
		return "redirect:/assignments/decisions/" + id + "#assignment-" + assignmentId;
	}

	@PostMapping("/decisions/{id}/assignments/{assignmentId}/members/{memberId}/end")
	String endMember(@PathVariable long id, @PathVariable long assignmentId, @PathVariable long memberId,
			@Valid @ModelAttribute("memberEndForm") MemberEndForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.endMember(id, assignmentId, memberId, form.endOn());
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		return afterTeamChange(id, assignmentId, result, redirect, "assignment.member.ended");
	}

	@PostMapping("/decisions/{id}/issue")
	String issue(@PathVariable long id, RedirectAttributes redirect) {
		service.issue(id);
		redirect.addFlashAttribute("message", "assignment.decision.issuedNow");
		return "redirect:/assignments/decisions/" + id;
	}

	@PostMapping("/decisions/{id}/file")
	String attachFile(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		search.attach(service.decision(id).getId(), file);
		redirect.addFlashAttribute("message", "assignment.decision.fileAttached");
		return "redirect:/assignments/decisions/" + id;
	}

	@GetMapping("/decisions/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		DecisionSearch.StoredFile file = search.file(service.decision(id).getId());
		return download(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()));
	}

	@GetMapping("/decisions/{id}/export.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return download(DecisionDocx.write(reader.document(id)), "quyet-dinh-phan-cong-" + id + ".docx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@GetMapping("/decisions/{id}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return download(DecisionXlsx.write(reader.document(id)), "phan-cong-" + id + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	private String listPage(int page, Model model) {
		Page<DecisionSearch.DecisionRow> decisions = search.decisions(CurrentUser.scope(), Math.max(page, 0));
		model.addAttribute("decisions", decisions);
		model.addAttribute("nextYear", LocalDate.now(clock).getYear() + 1);
		return LIST;
	}

	private String decisionPage(DecisionView decision, Model model) {
		LocalDate on = LocalDate.of(decision.year(), 1, 1);
		model.addAttribute("decision", decision);
		if (decision.draft()) {
			List<AgencyView> agencies = search.agenciesOf(decision.issuerCode(), on);
			model.addAttribute("agencies", agencies);
			model.addAttribute("positions", agencies.stream()
				.flatMap(agency -> directory.positionsOf(agency.id(), on).stream()
					.map(p -> new PositionOption(p.id(), p.title() + " – " + agency.displayName())))
				.sorted(Comparator.comparing(PositionOption::label, Texts.vietnameseOrder(s -> s)))
				.toList());
			model.addAttribute("communes", search.communesOf(decision.issuerCode(), on));
			if (!model.containsAttribute("memberForm")) {
				model.addAttribute("memberForm", MemberForm.empty());
			}
		}
		return PAGE;
	}

	private static DecisionForm formOf(DecisionView d) {
		return new DecisionForm(d.tier(), d.issuerCode(), d.year(), d.number(), d.title(), d.signedOn(),
				d.signerName(), d.signerTitle(), d.legalBasis(), d.version());
	}

	static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		return Downloads.attachment(type, fileName).body(content);
	}

	/** A position offered on the form, labelled with its agency. */
	record PositionOption(long id, String label) {
	}
}
