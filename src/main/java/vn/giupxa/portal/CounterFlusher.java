package vn.giupxa.portal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Flushes the in-memory counters every few seconds ({@code giupxa.portal.flush-interval}) and once
 * more on a graceful shutdown. Its phase is below the web server's, so the server stops taking
 * requests first and the database (a bean destroyed after all lifecycles stop) is still there.
 */
@Component
class CounterFlusher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CounterFlusher.class);

	private final ViewCounter views;

	private final VisitCounter visits;

	private final VisitorStatistics statistics;

	private final PortalReader reader;

	private final Duration interval;

	private ScheduledExecutorService scheduler;

	CounterFlusher(ViewCounter views, VisitCounter visits, VisitorStatistics statistics, PortalReader reader,
			@Value("${giupxa.portal.flush-interval:10s}") Duration interval) {
		this.views = views;
		this.visits = visits;
		this.statistics = statistics;
		this.reader = reader;
		this.interval = interval;
	}

	/** Writes every pending count now; the next page read sees it. */
	synchronized void flush() {
		int counted = views.flush();
		int visitors = visits.flush();
		if (counted > 0) {
			reader.refreshViews();
		}
		if (visitors > 0 || counted > 0) {
			statistics.invalidate();
		}
	}

	/**
	 * A scheduled flush. An error is caught too (memory running out, say): one thrown out of a task scheduled
	 * at a fixed delay cancels it without a word, and no count would be written again until a restart.
	 */
	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException | Error failure) {
			log.warn("Flushing portal counters failed; they are retried at the next flush", failure);
		}
	}

	@Override
	public synchronized void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "portal-counters");
			thread.setDaemon(true);
			return thread;
		});
		scheduler.scheduleWithFixedDelay(this::flushQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (scheduler == null) {
			return;
		}
		scheduler.shutdown();
		try {
			scheduler.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		scheduler = null;
		flush();
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}
}
