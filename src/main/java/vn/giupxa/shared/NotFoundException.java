package vn.giupxa.shared;

/**
 * Thrown when a requested record does not exist (or lies outside the caller's scope and must not be revealed):
 * answered with 404.
 */
public class NotFoundException extends TranslatedException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
