package vn.giupxa.audit;

/** What happened. */
public enum AuditAction {
	CREATE, UPDATE, DELETE, IMPORT, LOGIN, LOGOUT, LOGIN_FAILED, ACCOUNT_LOCKED, ACCESS_DENIED, PASSWORD_CHANGED
}
