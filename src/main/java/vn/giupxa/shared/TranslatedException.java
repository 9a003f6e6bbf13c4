package vn.giupxa.shared;

/**
 * An exception whose message for users is a message key with arguments, translated by the error
 * handlers into the caller's language.
 */
public abstract class TranslatedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	protected TranslatedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
