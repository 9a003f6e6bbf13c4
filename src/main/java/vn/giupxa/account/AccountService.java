package vn.giupxa.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitView;

/** Creates accounts, grants roles and scopes, changes passwords. Rejections go to {@link Errors}. */
@Service
class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Territory territory;

	private final AuditTrail audit;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Territory territory, AuditTrail audit,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.territory = territory;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Account create(AccountForm form, Errors errors) {
		if (accounts.findByUsername(form.username()).isPresent()) {
			errors.rejectValue("username", "account.username.taken");
		}
		PasswordPolicy.violation(form.password(), form.username())
			.ifPresent(key -> errors.rejectValue("password", key, new Object[] { PasswordPolicy.MIN_LENGTH }, null));
		Set<Long> scope = scopeUnits(form.scopeCodes(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		Account account = new Account(form.username().strip(), Texts.clean(form.displayName()), Texts.clean(form.email()),
				form.officialId(), passwordEncoder.encode(form.password()));
		account.grant(form.roles(), scope, form.unrestrictedScope());
		return accounts.save(account);
	}

	@Transactional
	void update(long id, AccountForm form, Errors errors) {
		Account account = find(id);
		if (form.version() == null || form.version() != account.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Account.class, id);
		}
		Set<Long> scope = scopeUnits(form.scopeCodes(), errors);
		if (errors.hasErrors()) {
			return;
		}
		account.update(Texts.clean(form.displayName()), Texts.clean(form.email()), form.officialId(), form.enabled());
		account.grant(form.roles(), scope, form.unrestrictedScope());
	}

	@Transactional
	void unlock(long id) {
		find(id).unlock();
	}

	@Transactional
	void changePassword(long id, String current, String next, Errors errors) {
		Account account = find(id);
		if (current == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
			errors.rejectValue("currentPassword", "password.currentWrong");
		}
		PasswordPolicy.violation(next, account.getUsername())
			.ifPresent(key -> errors.rejectValue("newPassword", key, new Object[] { PasswordPolicy.MIN_LENGTH }, null));
		if (errors.hasErrors()) {
			return;
		}
		account.changePassword(passwordEncoder.encode(next));
		audit.record(AuditAction.PASSWORD_CHANGED, "Account", account.getId(), null);
	}

	Account find(long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("account.notFound", id));
	}

	/** The official codes of an account's scope units, for the edit form. */
	String scopeCodesOf(Account account) {
		return account.getScopeUnitIds().stream()
			.map(territory::findById)
			.flatMap(java.util.Optional::stream)
			.map(UnitView::code)
			.sorted()
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

	private Set<Long> scopeUnits(String codes, Errors errors) {
		Set<Long> ids = new HashSet<>();
		LocalDate today = LocalDate.now(clock);
		List<String> unknown = Arrays.stream(codes == null ? new String[0] : codes.split("[,;\\s]+"))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.filter(code -> territory.findByCode(code, today).map(unit -> ids.add(unit.id())).isEmpty())
			.collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))
			.stream()
			.toList();
		if (!unknown.isEmpty()) {
			errors.rejectValue("scopeCodes", "account.scope.unknown", new Object[] { String.join(", ", unknown) }, null);
		}
		return ids;
	}
}
