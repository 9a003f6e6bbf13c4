package vn.giupxa.account;

import java.util.Optional;

/** At least 12 characters, not the username. Returns the message key of the first broken rule. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private PasswordPolicy() {
	}

	static Optional<String> violation(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.strip().equalsIgnoreCase(username == null ? "" : username.strip())) {
			return Optional.of("password.sameAsUsername");
		}
		if (password.length() > 128) {
			return Optional.of("password.tooLong");
		}
		return Optional.empty();
	}
}
