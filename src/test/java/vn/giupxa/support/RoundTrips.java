package vn.giupxa.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the round trips to the database that the current thread makes while a recording runs: each statement
 * executed (pgjdbc sends a statement, or several in one execution, with a BEGIN if one is due, in one round trip)
 * and each COMMIT or ROLLBACK. A MockMvc request runs on the test's thread, so a test sees its request's round
 * trips, the session store's included, and those of the tasks it hands to an executor that takes the application's
 * {@link TaskDecorator}. Other threads and tests without a recording are not affected.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class RoundTrips {

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	/** Runs the action and returns its round trips in order: the SQL executed (white space collapsed), "COMMIT" or "ROLLBACK". */
	public static List<String> of(ThrowingRunnable action) throws Exception {
		List<String> trips = Collections.synchronizedList(new ArrayList<>());
		RECORDING.set(trips);
		try {
			action.run();
		}
		finally {
			RECORDING.remove();
		}
		return trips;
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;
	}

	/**
	 * A task the recording thread hands to an executor that takes the application's {@link TaskDecorator} (the matrix
	 * page's background read, {@code program.MatrixPageReads}) records into the same recording while it runs.
	 */
	@Bean
	static TaskDecorator roundTripRecordingTasks() {
		return task -> {
			List<String> trips = RECORDING.get();
			if (trips == null) {
				return task;
			}
			return () -> {
				List<String> before = RECORDING.get(); // the recording thread's own when the executor has it run the task
				RECORDING.set(trips);
				try {
					task.run();
				}
				finally {
					RECORDING.set(before);
				}
			};
		};
	}

	@Bean
	static BeanPostProcessor roundTripRecordingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof RecordingDataSource)
						? new RecordingDataSource(dataSource) : bean;
			}
		};
	}

	private static void record(String trip) {
		List<String> trips = RECORDING.get();
		if (trips != null) {
			trips.add(trip.strip().replaceAll("\\s+", " "));
		}
	}

	static final class RecordingDataSource extends DelegatingDataSource implements AutoCloseable {

		RecordingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		/** Closes the pool with the application context, as it would without this wrapper. */
		@Override
		public void close() throws Exception {
			if (getTargetDataSource() instanceof AutoCloseable pool) {
				pool.close();
			}
		}
	}

	private static Connection connection(Connection target) {
		return (Connection) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] { Connection.class },
				new Forwarding(target) {
					@Override
					Object intercept(Method method, Object[] args) throws Throwable {
						switch (method.getName()) {
							case "commit" -> record("COMMIT");
							case "rollback" -> record("ROLLBACK");
							default -> {
							}
						}
						Object result = forward(method, args);
						if (result instanceof Statement statement) {
							String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
							return statement(statement, sql);
						}
						return result;
					}
				});
	}

	private static Statement statement(Statement target, String preparedSql) {
		Class<?> type = target instanceof CallableStatement ? CallableStatement.class
				: target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
		return (Statement) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] { type },
				new Forwarding(target) {
					@Override
					Object intercept(Method method, Object[] args) throws Throwable {
						if (method.getName().startsWith("execute")) {
							record(args != null && args.length > 0 && args[0] instanceof String sql ? sql
									: preparedSql == null ? method.getName() : preparedSql);
						}
						return forward(method, args);
					}
				});
	}

	private abstract static class Forwarding implements InvocationHandler {

		private final Object target;

		Forwarding(Object target) {
			this.target = target;
		}

		abstract Object intercept(Method method, Object[] args) throws Throwable;

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			return switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				case "toString" -> "recorded " + target;
				default -> intercept(method, args);
			};
		}

		Object forward(Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}
	}
}
