package vn.giupxa.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.Sensitive;

/**
 * A user account ("tài khoản"): belongs to an official, has roles and a scope (units), and is
 * locked for a while after too many failed logins.
 */
@Entity
@Table(name = "account")
class Account {

	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Sensitive
	private String passwordHash;

	private String displayName;

	private String email;

	private Long officialId;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant passwordChangedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_scope", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "unit_id")
	private Set<Long> scopeUnitIds = new HashSet<>();

	private boolean unrestrictedScope;

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String displayName, String email, Long officialId, String passwordHash) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.officialId = officialId;
		this.passwordHash = passwordHash;
		this.passwordChangedAt = Instant.now();
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed login; returns true when this failure locks the account. */
	boolean recordFailedLogin(Instant now) {
		if (lockedUntil != null && !lockedUntil.isAfter(now)) {
			failedAttempts = 0;
			lockedUntil = null;
		}
		failedAttempts++;
		if (failedAttempts >= MAX_FAILED_ATTEMPTS && lockedUntil == null) {
			lockedUntil = now.plus(LOCK_DURATION);
			return true;
		}
		return false;
	}

	void recordSuccessfulLogin() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.passwordChangedAt = Instant.now();
	}

	void grant(Set<Role> newRoles, Set<Long> unitIds, boolean unrestricted) {
		roles.clear();
		roles.addAll(newRoles);
		scopeUnitIds.clear();
		scopeUnitIds.addAll(unitIds);
		unrestrictedScope = unrestricted;
	}

	void update(String newDisplayName, String newEmail, Long newOfficialId, boolean nowEnabled) {
		this.displayName = newDisplayName;
		this.email = newEmail;
		this.officialId = newOfficialId;
		this.enabled = nowEnabled;
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getDisplayName() {
		return displayName;
	}

	String getEmail() {
		return email;
	}

	Long getOfficialId() {
		return officialId;
	}

	boolean isEnabled() {
		return enabled;
	}

	int getFailedAttempts() {
		return failedAttempts;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	Set<Long> getScopeUnitIds() {
		return Set.copyOf(scopeUnitIds);
	}

	boolean isUnrestrictedScope() {
		return unrestrictedScope;
	}

	long getVersion() {
		return version;
	}
}
