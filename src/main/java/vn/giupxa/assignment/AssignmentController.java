package vn.giupxa.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Scope;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * The views by role: a leader's or team member's own communes (with handovers told to the team), a commune's
 * helpers now and through time, and the province's coverage.
 */
@Controller
@RequestMapping("/assignments")
class AssignmentController {

	private static final int PAGE_SIZE = 50;

	private final Assignments assignments;

	private final AssignmentScopeContributor holdings;

	private final Helpers helpers;

	private final Coverage coverage;

	private final Territory territory;

	private final Clock clock;

	AssignmentController(Assignments assignments, AssignmentScopeContributor holdings, Helpers helpers,
			Coverage coverage, Territory territory, Clock clock) {
		this.assignments = assignments;
		this.holdings = holdings;
		this.helpers = helpers;
		this.coverage = coverage;
		this.territory = territory;
		this.clock = clock;
	}

	@GetMapping
	String mine(Model model) {
		LocalDate today = LocalDate.now(clock);
		List<AssignmentLine> lines = CurrentUser.get()
			.flatMap(user -> user.officialId())
			.map(official -> assignments.ofOfficial(official, holdings.heldPositions(official, today), today))
			.orElse(List.of());
		model.addAttribute("today", today);
		model.addAttribute("lines", withHelpers(lines, today));
		model.addAttribute("handovers", assignments.handoversOf(lines.stream().map(AssignmentLine::id).toList()));
		return "assignment/mine";
	}

	@GetMapping("/communes/{code}")
	String commune(@PathVariable String code, Model model) {
		LocalDate today = LocalDate.now(clock);
		UnitView commune = territory.findByCode(code, today)
			.filter(unit -> unit.level() == UnitLevel.COMMUNE && CurrentUser.scope().covers(unit.path()))
			.orElseThrow(() -> new NotFoundException("assignment.commune.notFound", code));
		List<AssignmentLine> history = assignments.historyOf(commune.id());
		model.addAttribute("commune", commune);
		model.addAttribute("today", today);
		model.addAttribute("lines", withHelpers(history.stream().filter(l -> l.inForceOn(today)).toList(), today));
		model.addAttribute("history", history);
		model.addAttribute("handovers", assignments.handoversOf(history.stream().map(AssignmentLine::id).toList()));
		return "assignment/commune";
	}

	@GetMapping("/coverage")
	String coverage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		Scope scope = CurrentUser.scope();
		model.addAttribute("asOf", date);
		model.addAttribute("limit", coverage.maxCommunesPerHelper());
		model.addAttribute("uncovered", coverage.communesWithoutHelper(date, scope, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("busy", coverage.busyHelpers(date, scope));
		model.addAttribute("shared", coverage.communesWithSeveralHelpers(date, scope));
		return "assignment/coverage";
	}

	List<HelpedLine> withHelpers(List<AssignmentLine> lines, LocalDate date) {
		Map<Long, List<TeamMemberLine>> teams = assignments.teamsOn(lines.stream().map(AssignmentLine::id).toList(), date);
		return lines.stream()
			.map(line -> new HelpedLine(line, helpers.on(line, date), teams.getOrDefault(line.id(), List.of())))
			.toList();
	}

	/** An assignment with who helps on the day and the team behind them. */
	record HelpedLine(AssignmentLine assignment, Helper helper, List<TeamMemberLine> team) {
	}
}
