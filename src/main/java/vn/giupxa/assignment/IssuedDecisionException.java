package vn.giupxa.assignment;

import vn.giupxa.shared.BusinessRuleException;

/** A change to a decision that has been issued: it can only be superseded by a later one. */
class IssuedDecisionException extends BusinessRuleException {

	IssuedDecisionException(String number) {
		super("assignment.decision.issued", number);
	}
}
