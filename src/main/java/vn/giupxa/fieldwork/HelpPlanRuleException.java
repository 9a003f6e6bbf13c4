package vn.giupxa.fieldwork;

import vn.giupxa.shared.BusinessRuleException;

/** A help-plan step the plan's state or the caller's side does not allow (409 with the reason). */
class HelpPlanRuleException extends BusinessRuleException {

	HelpPlanRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
