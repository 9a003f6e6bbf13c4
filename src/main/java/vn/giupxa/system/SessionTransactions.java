package vn.giupxa.system;

import java.util.function.Supplier;

import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions of Spring Session's JDBC repository: its writes (a new session with its attributes, a changed
 * one, a new id) run in one JDBC transaction each, as before; the read of a session by its id, a single SELECT,
 * runs on its own ({@link #reading}), without the BEGIN and COMMIT around it. A transaction added nothing to that
 * read: at READ COMMITTED a statement sees the rows committed when it starts either way, and it saved a round trip
 * to the database on every signed-in request (bench/program). An expired session found by that read is deleted by
 * one DELETE, atomic on its own.
 */
final class SessionTransactions implements TransactionOperations {

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final TransactionOperations writes;

	SessionTransactions(TransactionOperations writes) {
		this.writes = writes;
	}

	/** Runs a read of the session store whose statements need no transaction of their own. */
	static <T> T reading(Supplier<T> read) {
		if (Boolean.TRUE.equals(READING.get())) {
			return read.get();
		}
		READING.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			READING.remove();
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		return Boolean.TRUE.equals(READING.get()) ? action.doInTransaction(new SimpleTransactionStatus(false))
				: writes.execute(action);
	}
}
