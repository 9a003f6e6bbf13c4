package vn.giupxa.fieldwork;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/** Help plans as JSON, scoped to the caller: the latest revision of each assignment and year, with progress. */
@RestController
@RequestMapping("/api/v1/help-plans")
@Tag(name = "Help plans", description = "Plans per assignment and year with visits planned and done; scoped to the caller")
class HelpPlanApiController {

	private final HelpPlans plans;

	HelpPlanApiController(HelpPlans plans) {
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "Help plans within the caller's scope (latest revisions), latest year first")
	PlanPage list(@Parameter(description = "calendar year") @RequestParam(required = false) Integer year,
			@Parameter(description = "official code of the commune") @RequestParam(required = false) String commune,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		Page<HelpPlans.Row> rows = plans.list(year, commune, CurrentUser.scope(), Math.max(page, 0),
				Math.min(Math.max(size, 1), 200));
		return new PlanPage(rows.getContent(), rows.getTotalElements(), rows.getNumber(), rows.getSize(),
				rows.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One plan with its contents, visits planned and done per quarter, revisions and comments")
	HelpPlans.Detail show(@PathVariable long id) {
		return plans.detail(id, CurrentUser.scope()).orElseThrow(() -> new NotFoundException("helpplan.notFound", id));
	}

	record PlanPage(List<HelpPlans.Row> content, long totalElements, int page, int size, int totalPages) {
	}
}
