package vn.giupxa.account;

import java.time.Clock;
import java.util.HashSet;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.Scope;
import vn.giupxa.territory.Territory;

/** Loads an account for login and turns its scope units into paths. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Territory territory;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Territory territory, Clock clock) {
		this.accounts = accounts;
		this.territory = territory;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return principalOf(account);
	}

	AccountPrincipal principalOf(Account account) {
		Scope scope = account.isUnrestrictedScope() ? Scope.everywhere()
				: Scope.of(new HashSet<>(territory.pathsOf(account.getScopeUnitIds()).values()));
		return new AccountPrincipal(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getPasswordHash(), account.isEnabled(), account.isLockedAt(clock.instant()), account.getRoles(),
				scope);
	}
}
