package vn.giupxa.assignment;

import java.time.LocalDate;

import vn.giupxa.shared.BusinessRuleException;

/** The same helper (position, or sponsoring agency) would be assigned twice to one commune on some day. */
class OverlappingAssignmentException extends BusinessRuleException {

	OverlappingAssignmentException(String helper, String commune, LocalDate otherStart, LocalDate otherEnd,
			String otherDecision) {
		super("assignment.overlap", helper, commune, Dates.format(otherStart), Dates.format(otherEnd), otherDecision);
	}
}
