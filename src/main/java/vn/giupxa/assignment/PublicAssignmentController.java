package vn.giupxa.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giupxa.shared.Scope;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitView;

/**
 * The public page "who helps which commune" ("Ai giúp xã nào") of the decisions in force today: names, positions
 * and agencies only, never the helpers' personal contacts; no session is created for it.
 */
@Controller
class PublicAssignmentController {

	private static final int PAGE_SIZE = 50;

	private final Assignments assignments;

	private final AssignmentController pages;

	private final Territory territory;

	private final Clock clock;

	private final String provinceCode;

	PublicAssignmentController(Assignments assignments, AssignmentController pages, Territory territory, Clock clock,
			@Value("${giupxa.assignment.province-code:15}") String provinceCode) {
		this.assignments = assignments;
		this.pages = pages;
		this.territory = territory;
		this.clock = clock;
		this.provinceCode = provinceCode;
	}

	@GetMapping("/cong-khai/phan-cong-giup-xa")
	String publicList(@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = LocalDate.now(clock);
		UnitView province = territory.findByCode(provinceCode, today).orElseThrow();
		Page<AssignmentLine> lines = assignments.inForce(today, null, null, null, Scope.of(Set.of(province.path())),
				Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("province", province);
		model.addAttribute("today", today);
		model.addAttribute("page", lines);
		model.addAttribute("lines", pages.withHelpers(lines.getContent(), today));
		return "assignment/public";
	}
}
