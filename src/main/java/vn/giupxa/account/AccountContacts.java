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

	/** The enabled accounts of an official (usually one). */
	public List<String> usernamesOfOfficial(long officialId) {
		return jdbc.sql("SELECT username FROM account WHERE official_id = :official AND enabled ORDER BY username")
			.param("official", officialId)
			.query(String.class)
			.list();
	}
}
