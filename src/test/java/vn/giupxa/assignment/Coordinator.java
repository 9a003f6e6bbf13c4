package vn.giupxa.assignment;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.giupxa.shared.Scope;
import vn.giupxa.shared.ScopedUser;

/** A signed-in Coordination Office officer (or administrator) for MockMvc, with a scope as the real principal. */
record Coordinator(String username, Scope scope, List<String> roles) implements UserDetails, ScopedUser, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static Coordinator everywhere() {
		return new Coordinator("assignment-admin", Scope.everywhere(), List.of("ADMIN"));
	}

	@Override
	public String displayName() {
		return username;
	}

	public String getDisplayName() {
		return username;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

	@Override
	public String getPassword() {
		return "";
	}

	@Override
	public String getUsername() {
		return username;
	}
}
