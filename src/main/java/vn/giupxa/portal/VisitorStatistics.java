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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visitor statistics block ("Thống kê truy cập"): online now = distinct visitors seen in the
 * last five minutes; today, this week (from Monday, Asia/Ho_Chi_Minh) and all time = the sum of
 * each day's distinct visitors. Robots are never in them. The totals are read at most every few
 * seconds per node (and after each flush of the counters); the online figure, which counts the last
 * five minutes' visitors row by row, at most every {@code giupxa.portal.online-refresh} (30 s).
 */
@Component
class VisitorStatistics {

	private static final Duration ONLINE = Duration.ofMinutes(5);

	private static final Duration FRESH = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration onlineRefresh;

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

	private final AtomicBoolean refreshing = new AtomicBoolean();

	VisitorStatistics(JdbcClient jdbc, Clock clock,
			@Value("${giupxa.portal.online-refresh:30s}") Duration onlineRefresh) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.onlineRefresh = onlineRefresh;
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
			current = new Snapshot(now, now, read(now, online(now)));
			snapshot.set(current);
		}
		else if (current.at().plus(FRESH).isBefore(now) && refreshing.compareAndSet(false, true)) {
			try {
				boolean recount = current.onlineAt().plus(onlineRefresh).isBefore(now);
				current = new Snapshot(now, recount ? now : current.onlineAt(),
						read(now, recount ? online(now) : current.summary().online()));
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
		snapshot.updateAndGet(
				current -> current == null ? null : new Snapshot(Instant.EPOCH, current.onlineAt(), current.summary()));
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

	/**
	 * Distinct visitors seen in the last five minutes. A visitor has one row per day, so the rows of today are
	 * counted as they are (through the last-seen index, no de-duplication of ids: counting distinct ids took
	 * seconds at benchmark rates) and a row of yesterday only when the visitor has none today. Visitors given
	 * their id within the five minutes are counted from the count per second (they have a row only if they came
	 * back, and that row is left out).
	 */
	long online(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		long since = now.minus(ONLINE).getEpochSecond();
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM portal_visitor_day v
				        WHERE v.last_seen > :since AND NOT (v.visitor >= :givenFrom AND v.visitor < :givenTo)
				          AND (v.day = :today OR v.day = :yesterday AND NOT EXISTS (
				                SELECT 1 FROM portal_visitor_day t WHERE t.day = :today AND t.visitor = v.visitor)))
				     + (SELECT coalesce(sum(n.visitors), 0) FROM portal_new_visitors n WHERE n.second > :since)""")
			.param("today", today).param("yesterday", today.minusDays(1))
			.param("since", Timestamp.from(Instant.ofEpochSecond(since)))
			.param("givenFrom", VisitorCookieFilter.firstIdGivenFrom(since + 1))
			.param("givenTo", VisitorCookieFilter.firstIdGivenFrom(now.getEpochSecond() + 3600))
			.query(Long.class).single();
	}

	private Summary read(Instant now, long online) {
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return jdbc.sql("""
				SELECT coalesce(sum(visitors) FILTER (WHERE day = :today), 0) AS today,
				       coalesce(sum(visitors) FILTER (WHERE day >= :monday AND day <= :today), 0) AS week,
				       coalesce(sum(visitors), 0) AS total
				FROM portal_daily_statistics""")
			.param("today", today).param("monday", monday)
			.query((rs, row) -> new Summary(online, rs.getLong("today"), rs.getLong("week"), rs.getLong("total")))
			.single();
	}

	private record Snapshot(Instant at, Instant onlineAt, Summary summary) {
	}
}
