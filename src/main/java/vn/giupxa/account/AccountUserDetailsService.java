package vn.giupxa.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.Scope;
import vn.giupxa.shared.ScopeContributor;
import vn.giupxa.territory.Territory;

/**
 * Loads an account for login and turns its scope units into paths, plus the places other modules grant
 * its official on the day of login ({@link ScopeContributor}, e.g. the communes of its assignments).
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Territory territory;

	private final Clock clock;

	private final List<ScopeContributor> contributors;

	AccountUserDetailsService(AccountRepository accounts, Territory territory, Clock clock,
			List<ScopeContributor> contributors) {
		this.accounts = accounts;
		this.territory = territory;
		this.clock = clock;
		this.contributors = contributors;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return principalOf(account);
	}

	AccountPrincipal principalOf(Account account) {
		Scope scope = account.isUnrestrictedScope() ? Scope.everywhere() : Scope.of(pathsOf(account));
		return new AccountPrincipal(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getPasswordHash(), account.isEnabled(), account.isLockedAt(clock.instant()), account.getRoles(),
				scope, account.getOfficialId());
	}

	private Set<String> pathsOf(Account account) {
		Set<String> paths = new HashSet<>(territory.pathsOf(account.getScopeUnitIds()).values());
		if (account.getOfficialId() != null) {
			LocalDate today = LocalDate.now(clock);
			contributors.forEach(contributor -> paths.addAll(contributor.pathsFor(account.getOfficialId(), today)));
		}
		return paths;
	}
}
