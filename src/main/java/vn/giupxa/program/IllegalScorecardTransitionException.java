package vn.giupxa.program;

import vn.giupxa.shared.BusinessRuleException;

/** A workflow step that the scorecard's current status does not allow (verify a draft, submit a verified one). */
class IllegalScorecardTransitionException extends BusinessRuleException {

	IllegalScorecardTransitionException(String messageKey) {
		super(messageKey);
	}
}
