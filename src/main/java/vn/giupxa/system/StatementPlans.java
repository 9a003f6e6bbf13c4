package vn.giupxa.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGStatement;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import vn.giupxa.shared.StatementHints;

/**
 * Which statements PostgreSQL plans with their values each time. Connections keep PostgreSQL's default plan cache:
 * a statement prepared on a connection (pgjdbc names it from its fifth execution) is planned with its values for
 * its first five executions, then with a generic plan when that is estimated no dearer — the session read, the
 * user's and the catalog's look-ups are no longer planned again on every request (under
 * {@code plan_cache_mode = force_custom_plan} that planning took about 0.8 ms of a 7 ms request, bench/program).
 * <p>
 * A statement whose plan depends on the values of its parameters — a scope filter
 * ({@code :unrestricted OR path LIKE ANY (:patterns)}), a path prefix or search pattern ({@code LIKE :area}), a
 * {@code :flag OR ...} or an optional filter ({@code CAST(:x AS text) IS NULL OR ...}) — is sent unnamed (pgjdbc's
 * prepare threshold 0), so PostgreSQL plans every execution with its values: a generic plan cannot drop the branch a value switches off, and
 * for the national summary it ran twice as slow as the same statement with its values (bench/program).
 */
@Component
class StatementPlans implements BeanPostProcessor {

	/**
	 * A LIKE of a parameter ({@code LIKE ?}: a path prefix or a search pattern; {@code LIKE ANY}: scope paths), or a
	 * parameter that opens a parenthesis and switches it: {@code (? OR}, {@code (? IS NULL OR}, {@code (CAST(? AS t) IS NULL OR}.
	 */
	private static final Pattern VALUE_DEPENDENT = Pattern.compile(
			"LIKE\\s+(ANY|\\?)|\\(\\s*(CAST\\s*\\(\\s*)?\\?(\\s+AS\\s+[\\w \\[\\]]+\\))?\\s+(IS\\s+NULL\\s+)?OR\\s",
			Pattern.CASE_INSENSITIVE);

	/** {@link StatementHints#CACHED_PLAN} as it appears in a statement's text. */
	private static final String CACHED_PLAN = StatementHints.CACHED_PLAN.strip();

	/** The rule's answer per statement text: the application's statements are a fixed set, prepared on every request. */
	private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();

	/** At most this many statement texts are remembered (the application has a few hundred). */
	private static final int ANSWERS_LIMIT = 10_000;

	/**
	 * True when PostgreSQL should plan the statement with its values on every execution: not when its text carries
	 * {@link StatementHints#CACHED_PLAN}.
	 */
	static boolean planEachExecution(String sql) {
		Boolean answer = ANSWERS.get(sql);
		if (answer == null) {
			answer = !sql.contains(CACHED_PLAN) && VALUE_DEPENDENT.matcher(sql).find();
			if (ANSWERS.size() < ANSWERS_LIMIT) {
				ANSWERS.put(sql, answer);
			}
		}
		return answer;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource && !(bean instanceof PlanningDataSource)
				? new PlanningDataSource(dataSource) : bean;
	}

	/** The pool, whose connections send {@linkplain #planEachExecution value-dependent statements} unnamed. */
	static final class PlanningDataSource extends DelegatingDataSource implements AutoCloseable {

		PlanningDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return planning(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return planning(super.getConnection(username, password));
		}

		/** Closes the pool with the application context, as it would without this wrapper. */
		@Override
		public void close() throws Exception {
			if (getTargetDataSource() instanceof AutoCloseable pool) {
				pool.close();
			}
		}
	}

	private static Connection planning(Connection target) {
		return (Connection) Proxy.newProxyInstance(StatementPlans.class.getClassLoader(), new Class<?>[] { Connection.class },
				new Planning(target));
	}

	private record Planning(Connection target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "equals":
					return proxy == args[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				case "toString":
					return "planning " + target;
				default:
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
			if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
					&& args[0] instanceof String sql && planEachExecution(sql) && statement.isWrapperFor(PGStatement.class)) {
				statement.unwrap(PGStatement.class).setPrepareThreshold(0);
			}
			return result;
		}
	}
}
