package vn.giupxa.shared;

/**
 * A request that breaks a business rule (an illegal state change, an overlap, a conflict with
 * existing data): answered with 409 and a translated message.
 */
public class BusinessRuleException extends TranslatedException {

	public BusinessRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
