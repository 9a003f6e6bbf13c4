package vn.giupxa.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.giupxa.shared.CurrentUser;

/**
 * Writes audit events. Callers are inside their own transaction, so the event commits or rolls
 * back with the change it describes.
 */
@Service
public class AuditTrail {

	private static final String INSERT = """
			INSERT INTO audit_event (actor, remote_address, action, object_type, object_id, before_state, after_state, detail)
			VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""";

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an event by the current caller. */
	public void record(AuditAction action, String objectType, Object objectId, String detail) {
		record(CurrentUser.usernameOrAnonymous(), action, objectType, objectId, detail);
	}

	/** Records an event by a named actor (login events, where the caller is not yet authenticated). */
	public void record(String actor, AuditAction action, String objectType, Object objectId, String detail) {
		jdbc.sql(INSERT)
			.params(actor, remoteAddress(), action.name(), objectType, objectId == null ? null : objectId.toString(),
					null, null, detail)
			.update();
	}

	/** Used by the Hibernate listener: writes on the flushing session's own connection. */
	static void insert(Connection connection, AuditAction action, String objectType, Object objectId,
			String beforeJson, String afterJson) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
			statement.setString(1, CurrentUser.usernameOrAnonymous());
			statement.setString(2, remoteAddress());
			statement.setString(3, action.name());
			statement.setString(4, objectType);
			statement.setString(5, objectId == null ? null : objectId.toString());
			statement.setString(6, beforeJson);
			statement.setString(7, afterJson);
			statement.setNull(8, Types.VARCHAR);
			statement.executeUpdate();
		}
	}

	static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
