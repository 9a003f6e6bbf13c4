package vn.giupxa.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts page visits per visitor and day in memory and writes them in batches: each visitor's row
 * of the day is upserted, then the day's totals are recomputed from those rows under an advisory
 * lock, so any number of nodes flushing at once give the same totals as one.
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
		jdbc.batchUpdate("""
				INSERT INTO portal_visitor_day AS v (day, visitor, first_seen, last_seen, page_views) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (day, visitor) DO UPDATE SET first_seen = least(v.first_seen, EXCLUDED.first_seen),
				  last_seen = greatest(v.last_seen, EXCLUDED.last_seen), page_views = v.page_views + EXCLUDED.page_views""",
				List.copyOf(visits.entrySet()), 500, (statement, entry) -> {
					statement.setObject(1, entry.getKey().day());
					statement.setObject(2, entry.getKey().visitor());
					statement.setTimestamp(3, Timestamp.from(entry.getValue().first()));
					statement.setTimestamp(4, Timestamp.from(entry.getValue().last()));
					statement.setLong(5, entry.getValue().pages());
				});
		Set<LocalDate> days = new TreeSet<>(bots.keySet());
		visits.keySet().forEach(key -> days.add(key.day()));
		for (LocalDate day : days) {
			jdbc.update("""
					INSERT INTO portal_daily_statistics AS s (day, visitors, page_views, bot_page_views)
					SELECT ?, count(*), coalesce(sum(page_views), 0), ? FROM portal_visitor_day WHERE day = ?
					ON CONFLICT (day) DO UPDATE SET visitors = EXCLUDED.visitors, page_views = EXCLUDED.page_views,
					  bot_page_views = s.bot_page_views + EXCLUDED.bot_page_views""", day, bots.getOrDefault(day, 0L), day);
		}
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
