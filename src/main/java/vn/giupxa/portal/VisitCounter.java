package vn.giupxa.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts page visits per visitor and day in memory and writes them in batches: under an advisory
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

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/** Returning readers' visits per day, keyed by their id: a read looks up the day (one entry, mostly) then the id. */
	private final ConcurrentHashMap<LocalDate, ConcurrentHashMap<UUID, Visits>> pending = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<LocalDate, LongAdder> botPageViews = new ConcurrentHashMap<>();

	/** Visitors given an id, per second they were given it (epoch second). */
	private final ConcurrentHashMap<Long, LongAdder> newVisitors = new ConcurrentHashMap<>();

	private final Days days;

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
		if (bot) {
			Counters.increment(botPageViews, days.of(at));
		}
		else if (given) {
			Counters.increment(newVisitors, at.getEpochSecond());
		}
		else {
			ConcurrentHashMap<UUID, Visits> day = visitsOn(days.of(at));
			long micros = Days.micros(at);
			// A returning reader's visits of the day are added to in place; those a flush has just taken are replaced.
			Visits visits = day.get(visitor);
			while (visits == null || !visits.add(micros)) {
				visits = day.computeIfAbsent(visitor, k -> new Visits());
			}
		}
	}

	/** Writes the visits counted since the last flush; returns the number of visitor-day rows written. */
	int flush() {
		Map<VisitorDay, Visits.Taken> visits = new HashMap<>();
		LocalDate yesterday = LocalDate.now(clock).minusDays(1);
		pending.forEach((day, readers) -> {
			for (UUID visitor : List.copyOf(readers.keySet())) {
				Visits value = readers.remove(visitor);
				if (value != null) {
					visits.put(new VisitorDay(day, visitor), value.take());
				}
			}
			// A day before yesterday gets no more reads: its map goes once emptied.
			if (day.isBefore(yesterday) && readers.isEmpty()) {
				pending.remove(day, readers);
			}
		});
		// A second a minute old gets no more visitors: its counter goes once drained.
		long past = Instant.now(clock).getEpochSecond() - 60;
		Map<LocalDate, Long> bots = Counters.drain(botPageViews,
				day -> day.isBefore(LocalDate.now(clock).minusDays(1)));
		Map<Long, Long> given = Counters.drain(newVisitors, second -> second < past);
		if (visits.isEmpty() && bots.isEmpty() && given.isEmpty()) {
			return 0;
		}
		try {
			transaction.executeWithoutResult(status -> write(visits, bots, given));
		}
		catch (RuntimeException failure) {
			// Nothing was written: keep the counts for the next flush rather than lose them.
			visits.forEach((key, value) -> restore(key, value));
			bots.forEach((day, n) -> Counters.add(botPageViews, day, n));
			given.forEach((second, n) -> Counters.add(newVisitors, second, n));
			throw failure;
		}
		return visits.size() + given.size();
	}

	private void write(Map<VisitorDay, Visits.Taken> visits, Map<LocalDate, Long> bots, Map<Long, Long> given) {
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
			for (Map.Entry<VisitorDay, Visits.Taken> entry : visits.entrySet()) {
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

	/** Puts back visits a failed flush had taken. */
	private void restore(VisitorDay key, Visits.Taken taken) {
		ConcurrentHashMap<UUID, Visits> day = visitsOn(key.day());
		Visits visits = day.get(key.visitor());
		while (visits == null || !visits.add(taken)) {
			visits = day.computeIfAbsent(key.visitor(), k -> new Visits());
		}
	}

	private ConcurrentHashMap<UUID, Visits> visitsOn(LocalDate day) {
		ConcurrentHashMap<UUID, Visits> visits = pending.get(day);
		return visits != null ? visits : pending.computeIfAbsent(day, key -> new ConcurrentHashMap<>());
	}

	private record VisitorDay(LocalDate day, UUID visitor) {
	}

	/**
	 * A visitor's pages of a day since the last flush, added to in place by request threads. Once a
	 * flush has taken them they take no more: the next request makes a new entry.
	 */
	private static final class Visits {

		private long first = Long.MAX_VALUE;

		private long last = Long.MIN_VALUE;

		private long pages;

		private boolean taken;

		/** Adds a page read at {@code micros} (since the epoch); false when a flush has taken these visits. */
		synchronized boolean add(long micros) {
			if (taken) {
				return false;
			}
			first = Math.min(first, micros);
			last = Math.max(last, micros);
			pages++;
			return true;
		}

		synchronized boolean add(Taken other) {
			if (taken) {
				return false;
			}
			first = Math.min(first, Days.micros(other.first()));
			last = Math.max(last, Days.micros(other.last()));
			pages += other.pages();
			return true;
		}

		synchronized Taken take() {
			taken = true;
			return new Taken(Days.instant(first), Days.instant(last), pages);
		}

		record Taken(Instant first, Instant last, long pages) {
		}
	}
}
