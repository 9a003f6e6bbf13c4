package vn.giupxa.obstacle;

import vn.giupxa.shared.BusinessRuleException;

/** A step that the item's state or level does not allow (answered with 409 and the reason). */
class ObstacleRuleException extends BusinessRuleException {

	ObstacleRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
