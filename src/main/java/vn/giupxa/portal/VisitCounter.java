package vn.giupxa.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts page visits per visitor and day and writes them in batches (request threads only record
 * reads in a {@link ReadLog}; a flush takes them): under an advisory
 * lock each visitor's row of the day is upserted (one statement per flush) and the day's totals
 * grow by the rows that were new and the pages read, so any number of nodes flushing at once give
 * the same totals as one (a visitor's row of a day is new exactly once, whichever node writes it).
 *
 * <p>A visitor who has just been given an id (a first request, without the cookie) is new by
 * construction: no node has seen that id. They are counted as a visitor of the day at once, with no
 * row of their own, and per second in {@code portal_new_visitors} for "online now". Their id is
 * time-ordered ({@link VisitorCookieFilter#newVisitorId()}), so when they come back with the cookie
 * on the same day, on any node, the row then written is known not to be a new visitor of that day.
 */
@Component
class VisitCounter {

	/** Serialises the recomputation of daily totals across nodes. */
	static final long LOCK = 0x6769757078614cL;

	/** What a read recorded in the log is: a returning reader's, a reader given an id just now, or a robot's. */
	private static final long RETURNING = 0;

	private static final long GIVEN = 1;

	private static final long BOT = 2;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Days days;

	/** Page reads since the last flush: visitor id (two numbers), microseconds since the epoch, kind. */
	private final ReadLog reads = new ReadLog();

	/** What a failed flush could not write, kept for the next one. */
	private Batch unwritten = new Batch();

	VisitCounter(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.days = new Days(clock.getZone());
	}

	/**
	 * Counts a page read by {@code visitor}; {@code given} when the id was given by this request
	 * ({@link VisitorCookieFilter#newVisitorId()}, now), so that no node can have seen it before.
	 */
	void record(UUID visitor, boolean bot, boolean given) {
		record(visitor, bot, given, Instant.now(clock));
	}

	void record(UUID visitor, boolean bot, boolean given, Instant at) {
		reads.add(visitor.getMostSignificantBits(), visitor.getLeastSignificantBits(), Days.micros(at),
				bot ? BOT : given ? GIVEN : RETURNING);
	}

	/** Writes the visits counted since the last flush; returns the number of visitor-day rows written. */
	synchronized int flush() {
		Batch batch = unwritten;
		unwritten = new Batch();
		reads.drain(batch::add);
		if (batch.isEmpty()) {
			return 0;
		}
		try {
			transaction.executeWithoutResult(status -> write(batch.visits, batch.bots, batch.given));
		}
		catch (RuntimeException | Error failure) {
			// Nothing was written: keep the counts for the next flush rather than lose them.
			unwritten = batch;
			throw failure;
		}
		return batch.visits.size() + batch.given.size();
	}

	/** The visits of a flush: returning readers' per day, readers given an id per second, robots' pages per day. */
	private final class Batch {

		private final Map<VisitorDay, Visits> visits = new HashMap<>();

		private final Map<Long, Long> given = new HashMap<>();

		private final Map<LocalDate, Long> bots = new HashMap<>();

		void add(long visitorHigh, long visitorLow, long micros, long kind) {
			long second = Math.floorDiv(micros, 1_000_000L);
			if (kind == BOT) {
				bots.merge(days.of(second), 1L, Long::sum);
			}
			else if (kind == GIVEN) {
				given.merge(second, 1L, Long::sum);
			}
			else {
				visits.computeIfAbsent(new VisitorDay(days.of(second), new UUID(visitorHigh, visitorLow)), key -> new Visits())
					.add(micros);
			}
		}

		boolean isEmpty() {
			return visits.isEmpty() && given.isEmpty() && bots.isEmpty();
		}
	}

	private void write(Map<VisitorDay, Visits> visits, Map<LocalDate, Long> bots, Map<Long, Long> given) {
		jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK);
		// A visitor's first row of a day adds a visitor to the day's total: counted from the rows this upsert inserted,
		// but for a visitor whose id was given that day (counted then).
		Map<LocalDate, long[]> days = new TreeMap<>();
		bots.forEach((day, n) -> days.put(day, new long[] { 0, 0, n }));
		given.forEach((second, n) -> {
			long[] day = days.computeIfAbsent(LocalDate.ofInstant(Instant.ofEpochSecond(second), clock.getZone()),
					key -> new long[3]);
			day[0] += n;
			day[1] += n;
		});
		if (!given.isEmpty()) {
			writeNewVisitors(given);
		}
		if (!visits.isEmpty()) {
			Object[][] columns = new Object[6][visits.size()];
			int row = 0;
			for (Map.Entry<VisitorDay, Visits> entry : visits.entrySet()) {
				columns[0][row] = entry.getKey().day();
				columns[1][row] = entry.getKey().visitor();
				columns[2][row] = Timestamp.from(entry.getValue().first());
				columns[3][row] = Timestamp.from(entry.getValue().last());
				columns[4][row] = entry.getValue().pages();
				columns[5][row] = !VisitorCookieFilter.givenOn(entry.getKey().visitor(), entry.getKey().day(), clock.getZone());
				days.computeIfAbsent(entry.getKey().day(), day -> new long[3])[1] += entry.getValue().pages();
				row++;
			}
			String[] types = { "date", "uuid", "timestamptz", "timestamptz", "bigint", "boolean" };
			jdbc.query("""
					WITH batch AS (
					  SELECT * FROM unnest(?::date[], ?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::bigint[], ?::boolean[])
					    AS b(day, visitor, first_seen, last_seen, page_views, may_be_new)),
					upserted AS (
					  INSERT INTO portal_visitor_day AS v (day, visitor, first_seen, last_seen, page_views)
					  SELECT day, visitor, first_seen, last_seen, page_views FROM batch
					  ON CONFLICT (day, visitor) DO UPDATE SET first_seen = least(v.first_seen, EXCLUDED.first_seen),
					    last_seen = greatest(v.last_seen, EXCLUDED.last_seen), page_views = v.page_views + EXCLUDED.page_views
					  RETURNING v.day, v.visitor, (v.xmax = 0) AS inserted)
					SELECT u.day, count(*) FILTER (WHERE u.inserted AND b.may_be_new) AS visitors
					FROM upserted u JOIN batch b ON b.day = u.day AND b.visitor = u.visitor GROUP BY u.day""",
					statement -> {
						for (int column = 0; column < types.length; column++) {
							statement.setArray(column + 1, statement.getConnection().createArrayOf(types[column], columns[column]));
						}
					}, result -> {
						days.get(result.getObject("day", LocalDate.class))[0] = result.getLong("visitors");
					});
		}
		days.forEach((day, added) -> jdbc.update("""
				INSERT INTO portal_daily_statistics AS s (day, visitors, page_views, bot_page_views) VALUES (?, ?, ?, ?)
				ON CONFLICT (day) DO UPDATE SET visitors = s.visitors + EXCLUDED.visitors, page_views = s.page_views + EXCLUDED.page_views,
				  bot_page_views = s.bot_page_views + EXCLUDED.bot_page_views""", day, added[0], added[1], added[2]));
	}

	/** Adds the visitors given an id to their second's count, and forgets the seconds older than a day. */
	private void writeNewVisitors(Map<Long, Long> given) {
		Object[] seconds = new Object[given.size()];
		Object[] counts = new Object[given.size()];
		int row = 0;
		for (Map.Entry<Long, Long> entry : given.entrySet()) {
			seconds[row] = Timestamp.from(Instant.ofEpochSecond(entry.getKey()));
			counts[row] = entry.getValue();
			row++;
		}
		jdbc.update("""
				INSERT INTO portal_new_visitors AS n (second, visitors) SELECT * FROM unnest(?::timestamptz[], ?::bigint[])
				ON CONFLICT (second) DO UPDATE SET visitors = n.visitors + EXCLUDED.visitors""", statement -> {
			statement.setArray(1, statement.getConnection().createArrayOf("timestamptz", seconds));
			statement.setArray(2, statement.getConnection().createArrayOf("bigint", counts));
		});
		jdbc.update("DELETE FROM portal_new_visitors WHERE second < ?", Timestamp.from(Instant.now(clock).minus(Duration.ofDays(1))));
	}

	private record VisitorDay(LocalDate day, UUID visitor) {
	}

	/** A visitor's pages of a day in a flush: the first and last read (microseconds since the epoch) and how many. */
	private static final class Visits {

		private long first = Long.MAX_VALUE;

		private long last = Long.MIN_VALUE;

		private long pages;

		void add(long micros) {
			first = Math.min(first, micros);
			last = Math.max(last, micros);
			pages++;
		}

		Instant first() {
			return Days.instant(first);
		}

		Instant last() {
			return Days.instant(last);
		}

		long pages() {
			return pages;
		}
	}
}
