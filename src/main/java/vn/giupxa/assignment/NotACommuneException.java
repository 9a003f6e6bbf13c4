package vn.giupxa.assignment;

import java.time.LocalDate;

import vn.giupxa.shared.BusinessRuleException;

/** The unit chosen for an assignment is not a commune (in the decision's area) on the first day of the term. */
class NotACommuneException extends BusinessRuleException {

	NotACommuneException(String code, LocalDate on) {
		super("assignment.unit.notCommune", code, Dates.format(on));
	}
}
