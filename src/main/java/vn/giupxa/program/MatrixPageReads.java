package vn.giupxa.program;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Reads the matrix of the matrix page on a second pooled connection while the request thread reads the page's other
 * parts (the province, the sets and the helpers of its filters, the layout's unread notices) and renders its layout
 * and filters: the template waits for the matrix only where it first shows it ({@link #awaited}). The database
 * executes the matrix's statements for 2–3 ms, during which the request thread had nothing to do (bench/program).
 * <p>
 * A few threads ({@link #THREADS}); when all are busy the request thread reads the matrix itself, before the rest,
 * as it did before. A read takes its own connection ({@link vn.giupxa.shared.JdbcReads}) and the request thread
 * returns its own before it waits, in the view, so no thread holds a connection while waiting for another.
 * The read is given the caller's scope and locale: it sees no request, session or security context. The
 * application's {@link TaskDecorator}, if it has one, wraps each read, as Boot's task executor does.
 */
@Component
class MatrixPageReads implements DisposableBean {

	/** Matrices read at once in the background; a pooled connection each (Hikari's default pool has ten). */
	static final int THREADS = 4;

	private final ThreadPoolExecutor threads;

	private final Executor executor;

	MatrixPageReads(ObjectProvider<TaskDecorator> decorators) {
		AtomicInteger count = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
				runnable -> {
					Thread thread = new Thread(runnable, "matrix-read-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, (read, pool) -> read.run()); // unlike CallerRunsPolicy, also once shut down: a read is never dropped
		this.threads.allowCoreThreadTimeOut(true);
		TaskDecorator decorator = decorators.getIfUnique();
		this.executor = decorator == null ? threads : runnable -> threads.execute(decorator.decorate(runnable));
	}

	/** Starts the read; on the calling thread, done when this returns, when every background thread is busy. */
	<T> CompletableFuture<T> start(Supplier<T> read) {
		return CompletableFuture.supplyAsync(read, executor);
	}

	/**
	 * A part of what {@code read} gives, for the template: it waits for the read when the template first asks for the
	 * variable, and fails with the read's own exception if it failed.
	 */
	static <T, P> LazyContextVariable<P> awaited(CompletableFuture<T> read, Function<T, P> part) {
		return new LazyContextVariable<>() {
			@Override
			protected P loadValue() {
				try {
					return part.apply(read.join());
				}
				catch (CompletionException e) {
					if (e.getCause() instanceof RuntimeException cause) {
						throw cause;
					}
					if (e.getCause() instanceof Error cause) {
						throw cause;
					}
					throw e;
				}
			}
		};
	}

	@Override
	public void destroy() {
		threads.shutdown();
	}
}
