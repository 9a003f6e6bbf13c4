package vn.giupxa.fieldwork;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the helper types for a help plan: the assignment (one commune) and year, goals, visits planned per quarter
 * and content lines. Blank content lines are ignored; the assignment and year are fixed once the plan exists.
 */
record HelpPlanForm(
		@NotNull(message = "{helpplan.assignment.required}") Long assignmentId,
		@NotNull(message = "{helpplan.year.required}") Integer year,
		@NotBlank(message = "{helpplan.goals.required}") @Size(max = 10000, message = "{helpplan.goals.tooLong}") String goals,
		@NotNull(message = "{helpplan.visits.required}") @Min(value = 0, message = "{helpplan.visits.negative}") Integer q1,
		@NotNull(message = "{helpplan.visits.required}") @Min(value = 0, message = "{helpplan.visits.negative}") Integer q2,
		@NotNull(message = "{helpplan.visits.required}") @Min(value = 0, message = "{helpplan.visits.negative}") Integer q3,
		@NotNull(message = "{helpplan.visits.required}") @Min(value = 0, message = "{helpplan.visits.negative}") Integer q4,
		List<ContentLine> contents, Long version) {

	/** Lines shown on the form besides the filled ones. */
	static final int BLANK_LINES = 3;

	HelpPlanForm {
		contents = contents == null ? new ArrayList<>() : new ArrayList<>(contents);
		long filled = contents.stream().filter(line -> line != null && !line.isBlank()).count();
		while (contents.size() < filled + BLANK_LINES && contents.size() < 30) {
			contents.add(new ContentLine("", null, null));
		}
	}

	static HelpPlanForm empty(Long assignmentId, int year) {
		return new HelpPlanForm(assignmentId, year, "", 0, 0, 0, 0, List.of(), null);
	}

	static HelpPlanForm of(HelpPlan plan) {
		HelpPlan.Terms terms = plan.terms();
		return new HelpPlanForm(plan.getAssignmentId(), plan.getYear(), terms.goals(), terms.plannedVisits().get(0),
				terms.plannedVisits().get(1), terms.plannedVisits().get(2), terms.plannedVisits().get(3),
				terms.contents().stream().map(c -> new ContentLine(c.text(), c.programComponentId(), c.focus())).toList(),
				plan.getVersion());
	}

	List<Integer> plannedVisits() {
		return List.of(q1, q2, q3, q4);
	}

	/** One content line: the text and what it serves. */
	record ContentLine(String text, Long programComponentId, FocusContent focus) {

		boolean isBlank() {
			return (text == null || text.isBlank()) && programComponentId == null && focus == null;
		}
	}
}
