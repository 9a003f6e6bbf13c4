package vn.giupxa.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One line of a decision: a position (or, for sponsorship, an agency) and a commune, for a term. */
record AssignmentForm(
		@NotNull(message = "{assignment.kind.required}") AssignmentKind kind,
		Long positionId,
		Long agencyId,
		@NotBlank(message = "{assignment.commune.required}") String communeCode,
		@NotNull(message = "{assignment.startOn.required}") LocalDate startOn,
		LocalDate endOn) {

	static AssignmentForm empty(LocalDate startOn) {
		return new AssignmentForm(AssignmentKind.HELP, null, null, "", startOn, null);
	}
}
