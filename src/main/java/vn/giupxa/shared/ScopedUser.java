package vn.giupxa.shared;

/**
 * Implemented by the authenticated principal so any module can read the caller's scope
 * without depending on the account module.
 */
public interface ScopedUser {

	String username();

	String displayName();

	Scope scope();

	/** The official (directory person) this account belongs to, if any. */
	default java.util.Optional<Long> officialId() {
		return java.util.Optional.empty();
	}
}
