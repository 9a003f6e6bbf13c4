package vn.giupxa.shared;

/**
 * Implemented by the authenticated principal so any module can read the caller's scope
 * without depending on the account module.
 */
public interface ScopedUser {

	String username();

	String displayName();

	Scope scope();
}
