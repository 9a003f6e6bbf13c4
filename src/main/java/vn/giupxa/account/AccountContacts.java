package vn.giupxa.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.giupxa.shared.Scope;
import vn.giupxa.shared.ScopeContributor;

/**
 * How to reach account holders: for notices and e-mails sent by other modules. Disabled accounts
 * are never reached.
 */
@Service
public class AccountContacts {

	private final JdbcClient jdbc;

	private final List<ScopeContributor> contributors;

	private final Clock clock;

	AccountContacts(JdbcClient jdbc, List<ScopeContributor> contributors, Clock clock) {
		this.jdbc = jdbc;
		this.contributors = contributors;
		this.clock = clock;
	}

	/** The e-mail address of an enabled account, if it has one. */
	public Optional<String> emailOf(String username) {
		return jdbc.sql("SELECT email FROM account WHERE lower(username) = lower(:username) AND enabled AND email IS NOT NULL")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/**
	 * Enabled accounts that have one of the roles and whose scope covers the unit path today: the people who
	 * act for that unit in those roles. Scope is the account's units plus what the {@link ScopeContributor}s
	 * grant its official (e.g. the communes of its assignments), as at login.
	 */
	public List<String> usernamesActingFor(java.util.Collection<Role> roles, String unitPath) {
		if (roles.isEmpty()) {
			return List.of();
		}
		TreeSet<String> usernames = new TreeSet<>(jdbc.sql("""
				SELECT DISTINCT a.username FROM account a
				JOIN account_role r ON r.account_id = a.id
				WHERE a.enabled AND r.role IN (:roles)
				  AND (a.unrestricted_scope OR EXISTS (
				        SELECT 1 FROM account_scope s JOIN administrative_unit u ON u.id = s.unit_id
				        WHERE s.account_id = a.id AND :path LIKE u.path || '%'))""")
			.param("roles", roles.stream().map(Role::name).toList())
			.param("path", unitPath)
			.query(String.class)
			.list());
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("""
				SELECT DISTINCT a.username, a.official_id FROM account a JOIN account_role r ON r.account_id = a.id
				WHERE a.enabled AND r.role IN (:roles) AND a.official_id IS NOT NULL""")
			.param("roles", roles.stream().map(Role::name).toList())
			.query((rs, row) -> java.util.Map.entry(rs.getString("username"), rs.getLong("official_id")))
			.list()
			.stream()
			.filter(account -> !usernames.contains(account.getKey()))
			.filter(account -> contributors.stream()
				.flatMap(contributor -> contributor.pathsFor(account.getValue(), today).stream())
				.anyMatch(unitPath::startsWith))
			.forEach(account -> usernames.add(account.getKey()));
		return List.copyOf(usernames);
	}

	/** Enabled accounts with the role, with their display names, in Vietnamese order of the names. */
	public List<Contact> withRole(Role role) {
		return jdbc.sql("""
				SELECT a.username, a.display_name FROM account a JOIN account_role r ON r.account_id = a.id
				WHERE a.enabled AND r.role = :role""")
			.param("role", role.name())
			.query((rs, n) -> new Contact(rs.getString("username"), rs.getString("display_name")))
			.list()
			.stream()
			.sorted(vn.giupxa.shared.Texts.vietnameseOrder(Contact::displayName))
			.toList();
	}

	/** The unit paths an account acts for today: its own scope units plus what assignments give it. */
	public java.util.Set<String> pathsActedForBy(String username) {
		java.util.Set<String> paths = new java.util.TreeSet<>(ownUnitPaths(username));
		LocalDate today = LocalDate.now(clock);
		officialOf(username)
			.ifPresent(official -> contributors.forEach(contributor -> paths.addAll(contributor.pathsFor(official, today))));
		return paths;
	}

	private List<String> ownUnitPaths(String username) {
		return jdbc.sql("""
				SELECT u.path FROM account a JOIN account_scope s ON s.account_id = a.id
				JOIN administrative_unit u ON u.id = s.unit_id WHERE lower(a.username) = lower(:username)""")
			.param("username", username)
			.query(String.class)
			.list();
	}

	private Optional<Long> officialOf(String username) {
		return jdbc.sql("SELECT official_id FROM account WHERE lower(username) = lower(:username) AND official_id IS NOT NULL")
			.param("username", username)
			.query(Long.class)
			.optional();
	}

	/**
	 * The paths an account acted for on some day from {@code from} to {@code to}, each with the days: its own
	 * units on every day, and what the {@link ScopeContributor}s grant its official on each day (the communes it
	 * helped then, not those of today).
	 */
	public List<ScopeContributor.Span> spansActedForBy(String username, LocalDate from, LocalDate to) {
		return spansActedForBy(List.of(username), from, to).getOrDefault(username, List.of());
	}

	/**
	 * {@link #spansActedForBy(String, LocalDate, LocalDate)} of many accounts at once, by username as given: a
	 * fixed number of reads whatever the number of accounts. An account with no span is left out.
	 */
	public Map<String, List<ScopeContributor.Span>> spansActedForBy(Collection<String> usernames, LocalDate from,
			LocalDate to) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, String> given = new HashMap<>();
		usernames.forEach(username -> given.putIfAbsent(username.toLowerCase(Locale.ROOT), username));
		Map<String, List<ScopeContributor.Span>> spans = new HashMap<>();
		Map<Long, Set<String>> officials = new HashMap<>();
		jdbc.sql("""
				SELECT lower(a.username) AS username, a.official_id, u.path FROM account a
				LEFT JOIN account_scope s ON s.account_id = a.id LEFT JOIN administrative_unit u ON u.id = s.unit_id
				WHERE lower(a.username) IN (:usernames)""")
			.param("usernames", given.keySet())
			.query((rs, row) -> new OwnUnit(given.get(rs.getString("username")), rs.getObject("official_id", Long.class),
					rs.getString("path")))
			.list()
			.forEach(own -> {
				if (own.path() != null) {
					spans.computeIfAbsent(own.username(), name -> new ArrayList<>())
						.add(new ScopeContributor.Span(own.path(), from, to));
				}
				if (own.officialId() != null) {
					officials.computeIfAbsent(own.officialId(), id -> new TreeSet<>()).add(own.username());
				}
			});
		if (!officials.isEmpty()) {
			contributors.forEach(contributor -> contributor.spansFor(officials.keySet(), from, to)
				.forEach((official, granted) -> officials.get(official)
					.forEach(username -> spans.computeIfAbsent(username, name -> new ArrayList<>()).addAll(granted))));
		}
		return spans;
	}

	/** One of an account's own units (none: null path), with its official if it has one. */
	private record OwnUnit(String username, Long officialId, String path) {
	}

	/**
	 * The scope an enabled account would get at login today (everywhere, or its units plus what the
	 * {@link ScopeContributor}s grant): for work done on its behalf without a session, such as its calendar feed.
	 */
	public Optional<Scope> scopeAtLogin(String username) {
		return jdbc.sql("SELECT unrestricted_scope FROM account WHERE lower(username) = lower(:username) AND enabled")
			.param("username", username)
			.query(Boolean.class)
			.optional()
			.map(unrestricted -> unrestricted ? Scope.everywhere() : Scope.of(pathsActedForBy(username)));
	}

	/** An account as others see it in lists. */
	public record Contact(String username, String displayName) {
	}

	/** The enabled accounts of an official (usually one). */
	public List<String> usernamesOfOfficial(long officialId) {
		return jdbc.sql("SELECT username FROM account WHERE official_id = :official AND enabled ORDER BY username")
			.param("official", officialId)
			.query(String.class)
			.list();
	}
}
