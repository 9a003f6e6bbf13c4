package vn.giupxa.assignment;

import java.time.LocalDate;

import vn.giupxa.shared.BusinessRuleException;

/** A term that ends before it starts. */
class ReversedTermException extends BusinessRuleException {

	ReversedTermException(LocalDate startOn, LocalDate endOn) {
		super("assignment.term.reversed", Dates.format(endOn), Dates.format(startOn));
	}
}
