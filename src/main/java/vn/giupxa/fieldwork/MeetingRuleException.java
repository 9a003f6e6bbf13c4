package vn.giupxa.fieldwork;

import vn.giupxa.shared.BusinessRuleException;

/** A meeting step the meeting's state, its date or the caller's side does not allow (409 with the reason). */
class MeetingRuleException extends BusinessRuleException {

	MeetingRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
