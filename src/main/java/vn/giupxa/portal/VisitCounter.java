package vn.giupxa.portal;

import java.sql.Timestamp;
import java.time.Clock;
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
 */
@Component
class VisitCounter {

	/** Serialises the recomputation of daily totals across nodes. */
	private static final long LOCK = 0x6769757078614cL;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ConcurrentHashMap<VisitorDay, Visits> pending = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<LocalDate, LongAdder> botPageViews = new ConcurrentHashMap<>();

	VisitCounter(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	void record(UUID visitor, boolean bot) {
		record(visitor, bot, Instant.now(clock));
	}

	void record(UUID visitor, boolean bot, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, clock.getZone());
		if (bot) {
			Counters.increment(botPageViews, day);
			return;
		}
		pending.merge(new VisitorDay(day, visitor), new Visits(at, at, 1), Visits::plus);
	}

	/** Writes the visits counted since the last flush; returns the number of visitor-day rows written. */
	int flush() {
		Map<VisitorDay, Visits> visits = new HashMap<>();
		for (VisitorDay key : List.copyOf(pending.keySet())) {
			Visits value = pending.remove(key);
			if (value != null) {
				visits.put(key, value);
			}
		}
		Map<LocalDate, Long> bots = Counters.drain(botPageViews,
				day -> day.isBefore(LocalDate.now(clock).minusDays(1)));
		if (visits.isEmpty() && bots.isEmpty()) {
			return 0;
		}
		transaction.executeWithoutResult(status -> write(visits, bots));
		return visits.size();
	}

	private void write(Map<VisitorDay, Visits> visits, Map<LocalDate, Long> bots) {
		jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK);
		// A visitor's first row of a day adds a visitor to the day's total: counted from the rows this upsert inserted.
		Map<LocalDate, long[]> days = new TreeMap<>();
		bots.forEach((day, n) -> days.put(day, new long[] { 0, 0, n }));
		if (!visits.isEmpty()) {
			Object[][] columns = new Object[5][visits.size()];
			int row = 0;
			for (Map.Entry<VisitorDay, Visits> entry : visits.entrySet()) {
				columns[0][row] = entry.getKey().day();
				columns[1][row] = entry.getKey().visitor();
				columns[2][row] = Timestamp.from(entry.getValue().first());
				columns[3][row] = Timestamp.from(entry.getValue().last());
				columns[4][row] = entry.getValue().pages();
				days.computeIfAbsent(entry.getKey().day(), day -> new long[3])[1] += entry.getValue().pages();
				row++;
			}
			String[] types = { "date", "uuid", "timestamptz", "timestamptz", "bigint" };
			jdbc.query("""
					WITH upserted AS (
					  INSERT INTO portal_visitor_day AS v (day, visitor, first_seen, last_seen, page_views)
					  SELECT * FROM unnest(?::date[], ?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::bigint[])
					  ON CONFLICT (day, visitor) DO UPDATE SET first_seen = least(v.first_seen, EXCLUDED.first_seen),
					    last_seen = greatest(v.last_seen, EXCLUDED.last_seen), page_views = v.page_views + EXCLUDED.page_views
					  RETURNING v.day, (v.xmax = 0) AS inserted)
					SELECT day, count(*) FILTER (WHERE inserted) AS visitors FROM upserted GROUP BY day""",
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

	private record VisitorDay(LocalDate day, UUID visitor) {
	}

	private record Visits(Instant first, Instant last, long pages) {

		Visits plus(Visits other) {
			return new Visits(first.isBefore(other.first) ? first : other.first, last.isAfter(other.last) ? last : other.last,
					pages + other.pages);
		}
	}
}
