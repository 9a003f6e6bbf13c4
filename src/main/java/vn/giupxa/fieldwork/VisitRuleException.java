package vn.giupxa.fieldwork;

import vn.giupxa.shared.BusinessRuleException;

/** A visit step the visit's state, its date or the caller's side does not allow (409 with the reason). */
class VisitRuleException extends BusinessRuleException {

	VisitRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
