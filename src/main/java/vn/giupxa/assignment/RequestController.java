package vn.giupxa.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
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

import vn.giupxa.directory.Directory;
import vn.giupxa.directory.PositionView;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/**
 * Adjustment requests: an agency files one for an assignment of its position; the Coordination Office reviews,
 * accepts or refuses it, and carries an accepted one into a draft decision.
 */
@Controller
@RequestMapping("/assignments")
class RequestController {

	private final AdjustmentRequests requests;

	private final Assignments assignments;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	RequestController(AdjustmentRequests requests, Assignments assignments, Directory directory, JdbcClient jdbc,
			Clock clock) {
		this.requests = requests;
		this.assignments = assignments;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/{assignmentId}/requests/new")
	String initRequestForm(@PathVariable long assignmentId, Model model) {
		model.addAttribute("form", RequestForm.empty());
		return formPage(assignmentId, model);
	}

	@PostMapping("/{assignmentId}/requests")
	String processRequestForm(@PathVariable long assignmentId, @Valid @ModelAttribute("form") RequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AdjustmentRequest filed = result.hasErrors() ? null : requests.file(assignmentId, form, result);
		if (filed == null) {
			return formPage(assignmentId, model);
		}
		redirect.addFlashAttribute("message", "assignment.request.filed");
		return "redirect:/assignments";
	}

	@GetMapping("/requests")
	String list(Model model) {
		model.addAttribute("requests", rows());
		model.addAttribute("drafts", jdbc.sql("""
				SELECT d.id, coalesce(d.number, '#' || d.id) || ' – ' || d.title AS label FROM assignment_decision d
				JOIN administrative_unit u ON u.id = d.issuer_unit_id
				WHERE d.status = 'DRAFT' AND (:unrestricted OR u.path LIKE ANY (CAST(:patterns AS text[])))
				ORDER BY d.id DESC LIMIT 50""")
			.params(Assignments.scopeParams(CurrentUser.scope()))
			.query((rs, row) -> new DecisionController.PositionOption(rs.getLong("id"), rs.getString("label")))
			.list());
		model.addAttribute("today", LocalDate.now(clock));
		return "assignment/requests";
	}

	@PostMapping("/requests/{id}/review")
	String review(@PathVariable long id, RedirectAttributes redirect) {
		requests.startReview(id);
		redirect.addFlashAttribute("message", "assignment.request.reviewing");
		return "redirect:/assignments/requests";
	}

	@PostMapping("/requests/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		requests.accept(id, note);
		redirect.addFlashAttribute("message", "assignment.request.accepted");
		return "redirect:/assignments/requests";
	}

	@PostMapping("/requests/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		requests.refuse(id, note);
		redirect.addFlashAttribute("message", "assignment.request.refused");
		return "redirect:/assignments/requests";
	}

	@PostMapping("/requests/{id}/include")
	String include(@PathVariable long id, @RequestParam long decisionId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startOn, RedirectAttributes redirect) {
		requests.includeIn(id, decisionId, startOn);
		redirect.addFlashAttribute("message", "assignment.request.included");
		return "redirect:/assignments/decisions/" + decisionId;
	}

	private String formPage(long assignmentId, Model model) {
		AssignmentLine line = assignments.visible(assignmentId, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("assignment.notFound", assignmentId));
		List<PositionView> positions = directory.positionsOf(line.agencyId(), LocalDate.now(clock)).stream()
			.filter(p -> line.positionId() == null || p.id() != line.positionId())
			.toList();
		model.addAttribute("line", line);
		model.addAttribute("positions", positions);
		return "assignment/request";
	}

	private List<RequestRow> rows() {
		return jdbc.sql("""
				SELECT r.id, r.status, r.reason, r.filed_by, r.filed_at, r.review_note, r.included_in_id,
				       p.title AS proposed, op.title AS current, coalesce(ag.short_name, ag.name) AS agency, u.name AS unit_name
				FROM adjustment_request r
				JOIN assignment a ON a.id = r.assignment_id
				JOIN administrative_unit u ON u.id = a.unit_id
				JOIN agency ag ON ag.id = a.agency_id
				JOIN agency_position p ON p.id = r.proposed_position_id
				LEFT JOIN agency_position op ON op.id = a.position_id
				WHERE (:unrestricted OR u.path LIKE ANY (CAST(:patterns AS text[])))
				ORDER BY r.filed_at DESC LIMIT 100""")
			.params(Assignments.scopeParams(CurrentUser.scope()))
			.query((rs, row) -> new RequestRow(rs.getLong("id"), RequestStatus.valueOf(rs.getString("status")),
					rs.getString("reason"), rs.getString("filed_by"), Assignments.instant(rs, "filed_at"),
					rs.getString("review_note"), rs.getObject("included_in_id", Long.class), rs.getString("proposed"),
					rs.getString("current"), rs.getString("agency"), rs.getString("unit_name")))
			.list();
	}

	/** A request as the Coordination Office's list shows it. */
	record RequestRow(long id, RequestStatus status, String reason, String filedBy, java.time.Instant filedAt,
			String reviewNote, Long includedInId, String proposedTitle, String currentTitle, String agency,
			String unitName) {
	}
}
