package vn.giupxa.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visitor statistics block ("Thống kê truy cập"): online now = distinct visitors seen in the
 * last five minutes; today, this week (from Monday, Asia/Ho_Chi_Minh) and all time = the sum of
 * each day's distinct visitors. Robots are never in them. Read at most every few seconds per node.
 */
@Component
class VisitorStatistics {

	private static final Duration ONLINE = Duration.ofMinutes(5);

	private static final Duration FRESH = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

	private final AtomicBoolean refreshing = new AtomicBoolean();

	VisitorStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The four figures of the block. */
	record Summary(long online, long today, long week, long total) {
	}

	/** One day of the administrator's chart. */
	record Day(LocalDate day, long visitors, long pageViews, long articleViews, long botPageViews) {
	}

	/**
	 * The figures at most {@link #FRESH} old. When they are older, one request reads them again while the others
	 * keep showing the last figures, so that a busy page never has all its requests counting visitors at once.
	 */
	Summary summary() {
		Instant now = Instant.now(clock);
		Snapshot current = snapshot.get();
		if (current == null) {
			current = new Snapshot(now, read(now));
			snapshot.set(current);
		}
		else if (current.at().plus(FRESH).isBefore(now) && refreshing.compareAndSet(false, true)) {
			try {
				current = new Snapshot(now, read(now));
				snapshot.set(current);
			}
			finally {
				refreshing.set(false);
			}
		}
		return current.summary();
	}

	/** Makes the next read take the figures again (after a flush wrote new counts). */
	void invalidate() {
		snapshot.updateAndGet(current -> current == null ? null : new Snapshot(Instant.EPOCH, current.summary()));
	}

	List<Day> days(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT g.day::date AS day, coalesce(s.visitors, 0) AS visitors, coalesce(s.page_views, 0) AS page_views,
				       coalesce(s.article_views, 0) AS article_views, coalesce(s.bot_page_views, 0) AS bot_page_views
				FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') AS g(day)
				LEFT JOIN portal_daily_statistics s ON s.day = g.day::date
				ORDER BY g.day""")
			.param("from", from).param("to", to)
			.query((rs, row) -> new Day(rs.getObject("day", LocalDate.class), rs.getLong("visitors"),
					rs.getLong("page_views"), rs.getLong("article_views"), rs.getLong("bot_page_views")))
			.list();
	}

	private Summary read(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		long online = jdbc.sql("""
				SELECT count(DISTINCT visitor) FROM portal_visitor_day WHERE day >= :yesterday AND last_seen > :since""")
			.param("yesterday", today.minusDays(1)).param("since", Timestamp.from(now.minus(ONLINE)))
			.query(Long.class).single();
		return jdbc.sql("""
				SELECT coalesce(sum(visitors) FILTER (WHERE day = :today), 0) AS today,
				       coalesce(sum(visitors) FILTER (WHERE day >= :monday AND day <= :today), 0) AS week,
				       coalesce(sum(visitors), 0) AS total
				FROM portal_daily_statistics""")
			.param("today", today).param("monday", monday)
			.query((rs, row) -> new Summary(online, rs.getLong("today"), rs.getLong("week"), rs.getLong("total")))
			.single();
	}

	private record Snapshot(Instant at, Summary summary) {
	}
}
