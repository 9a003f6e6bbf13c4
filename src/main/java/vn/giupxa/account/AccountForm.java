package vn.giupxa.account;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the administrator types to create or change an account. {@code scopeCodes} are official
 * unit codes separated by commas or spaces (units in force today); the password is only for new accounts.
 */
record AccountForm(
		@NotBlank(message = "{account.username.required}")
		@Pattern(regexp = "[a-zA-Z0-9._-]{3,64}", message = "{account.username.pattern}") String username,
		@NotBlank(message = "{account.displayName.required}") @Size(max = 150) String displayName,
		@Email(message = "{account.email.invalid}") @Size(max = 200) String email,
		Long officialId,
		String password,
		Set<Role> roles,
		String scopeCodes,
		Boolean unrestrictedScope,
		Boolean enabled,
		Long version) {

	AccountForm {
		roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
		// An unticked checkbox sends nothing: absent means no.
		unrestrictedScope = Boolean.TRUE.equals(unrestrictedScope);
		enabled = Boolean.TRUE.equals(enabled);
	}

	static AccountForm empty() {
		return new AccountForm("", "", "", null, "", EnumSet.noneOf(Role.class), "", false, true, null);
	}
}
