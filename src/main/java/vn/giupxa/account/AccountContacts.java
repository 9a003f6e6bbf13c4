package vn.giupxa.account;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How to reach account holders: for notices and e-mails sent by other modules. Disabled accounts
 * are never reached.
 */
@Service
public class AccountContacts {

	private final JdbcClient jdbc;

	AccountContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The e-mail address of an enabled account, if it has one. */
	public Optional<String> emailOf(String username) {
		return jdbc.sql("SELECT email FROM account WHERE lower(username) = lower(:username) AND enabled AND email IS NOT NULL")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/**
	 * Enabled accounts that have one of the roles and whose scope covers the unit path: the people who
	 * act for that unit in those roles.
	 */
	public List<String> usernamesActingFor(java.util.Collection<Role> roles, String unitPath) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT DISTINCT a.username FROM account a
				JOIN account_role r ON r.account_id = a.id
				WHERE a.enabled AND r.role IN (:roles)
				  AND (a.unrestricted_scope OR EXISTS (
				        SELECT 1 FROM account_scope s JOIN administrative_unit u ON u.id = s.unit_id
				        WHERE s.account_id = a.id AND :path LIKE u.path || '%'))
				ORDER BY a.username""")
			.param("roles", roles.stream().map(Role::name).toList())
			.param("path", unitPath)
			.query(String.class)
			.list();
	}

	/** The enabled accounts of an official (usually one). */
	public List<String> usernamesOfOfficial(long officialId) {
		return jdbc.sql("SELECT username FROM account WHERE official_id = :official AND enabled ORDER BY username")
			.param("official", officialId)
			.query(String.class)
			.list();
	}
}
