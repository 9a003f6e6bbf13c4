package vn.giupxa.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the caller from the security context; anonymous callers have {@link Scope#nowhere()}.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<ScopedUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ScopedUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static Scope scope() {
		return get().map(ScopedUser::scope).orElse(Scope.nowhere());
	}

	public static String usernameOrAnonymous() {
		return get().map(ScopedUser::username).orElse("anonymous");
	}
}
