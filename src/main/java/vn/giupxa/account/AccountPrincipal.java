package vn.giupxa.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.giupxa.shared.Scope;
import vn.giupxa.shared.ScopedUser;

/**
 * The logged-in account as Spring Security sees it. It lives in the JDBC session, so the password
 * hash is erased once the login has been checked.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, ScopedUser, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final Set<Role> roles;

	private final Scope scope;

	private final Long officialId;

	AccountPrincipal(long accountId, String username, String displayName, String passwordHash, boolean enabled,
			boolean locked, Set<Role> roles, Scope scope, Long officialId) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		this.scope = scope;
		this.officialId = officialId;
	}

	long accountId() {
		return accountId;
	}

	Set<Role> roles() {
		return roles;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Scope scope() {
		return scope;
	}

	@Override
	public Optional<Long> officialId() {
		return Optional.ofNullable(officialId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + username + "]";
	}
}
