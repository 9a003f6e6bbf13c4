package vn.giupxa.account;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;

/**
 * Five failed logins lock an account for fifteen minutes. The login page says the same thing
 * for an unknown user, a wrong password and a locked account, so it reveals nothing.
 */
@Component
class LoginThrottle {

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	LoginThrottle(AccountRepository accounts, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			if (account.recordFailedLogin(clock.instant())) {
				audit.record(account.getUsername(), AuditAction.ACCOUNT_LOCKED, "Account", account.getId(),
						"locked until " + account.getLockedUntil());
			}
		});
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			accounts.findById(principal.accountId())
				.filter(account -> account.getFailedAttempts() > 0)
				.ifPresent(Account::recordSuccessfulLogin);
		}
	}
}
