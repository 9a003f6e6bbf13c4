package vn.giupxa.shared;

/**
 * Thrown when a requested record does not exist (or lies outside the caller's scope and must not be revealed):
 * answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public NotFoundException(String messageKey, Object... arguments) {
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
