package vn.giupxa.shared;

/**
 * Hints a JDBC statement carries in its text for the connections that send it (the system module's
 * {@code StatementPlans}, which otherwise has PostgreSQL plan a statement with a LIKE of a parameter or a
 * {@code (:flag OR ...)} filter with its values on every execution).
 */
public final class StatementHints {

	/**
	 * The statement (or every statement of a text that carries this) has a plan that does not depend on its parameters'
	 * values: it is prepared on the connection and may run on PostgreSQL's cached plan, without planning each time.
	 */
	public static final String CACHED_PLAN = "/* cached plan */ ";

	private StatementHints() {
	}
}
