package vn.giupxa.shared;

import org.springframework.validation.Errors;

/** Input that failed validation in an API call: answered with a 400 problem listing each field's message. */
public class InvalidInputException extends RuntimeException {

	private final transient Errors errors;

	public InvalidInputException(Errors errors) {
		super("invalid input");
		this.errors = errors;
	}

	public Errors errors() {
		return errors;
	}
}
