package vn.giupxa.portal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts article views in memory and writes them in batches. A visitor's view of an article
 * counts when this visitor's last counted view of it is at least a window (30 minutes by
 * default) older: a sliding window. Every view is written to {@code portal_view}; under one
 * database lock a flush adds its views and decides again, from its earliest new view on, which
 * views of those visitors and articles count, adjusting the daily totals by the difference. The
 * decision so always covers every view any node has written, whatever order the nodes flush in,
 * so any number of nodes count exactly what one would (a view that arrives late can move which
 * views count, never lower a total). Views older than a day are pruned, keeping what the rule
 * still needs. Robots are counted apart.
 */
@Component
class ViewCounter {

	/** Serialises flushes of view counts across nodes ("giupview"). */
	private static final long LOCK = 0x6769757076696577L;

	/** How long views are kept for deciding again (late views from a node are expected within seconds). */
	private static final Duration HORIZON = Duration.ofDays(1);

	private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration window;

	private final ConcurrentLinkedQueue<View> pending = new ConcurrentLinkedQueue<>();

	private final ConcurrentHashMap<ArticleDay, LongAdder> botViews = new ConcurrentHashMap<>();

	private volatile Instant lastPrune = Instant.EPOCH;

	ViewCounter(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${giupxa.portal.view-window:30m}") Duration window) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.window = window;
	}

	void record(UUID visitor, long articleId, boolean bot) {
		record(visitor, articleId, bot, Instant.now(clock));
	}

	void record(UUID visitor, long articleId, boolean bot, Instant at) {
		if (bot) {
			Counters.increment(botViews, new ArticleDay(articleId, LocalDate.ofInstant(at, clock.getZone())));
			return;
		}
		// The database keeps microseconds: decide on the time it stores.
		pending.add(new View(new Pair(visitor, articleId), at.truncatedTo(ChronoUnit.MICROS)));
	}

	/** Writes what was counted since the last flush; returns by how much the view totals grew. */
	int flush() {
		List<View> views = new ArrayList<>();
		for (View view = pending.poll(); view != null; view = pending.poll()) {
			views.add(view);
		}
		Map<ArticleDay, Long> bots = Counters.drain(botViews,
				key -> key.day().isBefore(LocalDate.now(clock).minusDays(1)));
		if (views.isEmpty() && bots.isEmpty()) {
			return 0;
		}
		try {
			Integer counted = transaction.execute(status -> write(views, bots));
			return counted == null ? 0 : counted;
		}
		catch (RuntimeException failure) {
			// Nothing was written: keep the counts for the next flush rather than lose them.
			pending.addAll(views);
			bots.forEach((key, n) -> Counters.add(botViews, key, n));
			throw failure;
		}
	}

	private int write(List<View> views, Map<ArticleDay, Long> bots) {
		jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK);
		int[][] results = jdbc.batchUpdate("""
				INSERT INTO portal_view (visitor, article_id, viewed_at, counted) VALUES (?, ?, ?, false)
				ON CONFLICT DO NOTHING""", views, 1000, (statement, view) -> {
			statement.setObject(1, view.pair().visitor());
			statement.setLong(2, view.pair().articleId());
			statement.setTimestamp(3, Timestamp.from(view.at()));
		});
		// From which view on each visitor's and article's decision is taken again.
		Map<Pair, Instant> from = new LinkedHashMap<>();
		int index = 0;
		for (int[] batch : results) {
			for (int rows : batch) {
				View view = views.get(index++);
				if (rows > 0) {
					from.merge(view.pair(), view.at(), (a, b) -> a.isBefore(b) ? a : b);
				}
			}
		}
		Map<ArticleDay, Long> change = new TreeMap<>(ARTICLE_DAY_ORDER);
		List<Object[]> flags = new ArrayList<>();
		decide(from, flags, change);
		jdbc.batchUpdate("UPDATE portal_view SET counted = ? WHERE visitor = ? AND article_id = ? AND viewed_at = ?", flags);
		bots.forEach((key, n) -> change.putIfAbsent(key, 0L));
		change.forEach((key, n) -> upsert(key, n, bots.getOrDefault(key, 0L)));
		Map<LocalDate, Long> perDay = new TreeMap<>();
		change.forEach((key, n) -> perDay.merge(key.day(), n, Long::sum));
		perDay.forEach((day, n) -> {
			if (n != 0) {
				jdbc.update("""
						INSERT INTO portal_daily_statistics (day, article_views) VALUES (?, ?)
						ON CONFLICT (day) DO UPDATE SET article_views = portal_daily_statistics.article_views + EXCLUDED.article_views""",
						day, n);
			}
		});
		prune();
		return (int) change.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Decides again, for each visitor and article, which views count from the given time on: the
	 * last counted view before it (if within a window) is where the rule starts; then a view counts
	 * when the last counted one is at least a window older. Changed flags and the resulting change
	 * per article and day are added to the arguments.
	 */
	private void decide(Map<Pair, Instant> from, List<Object[]> flags, Map<ArticleDay, Long> change) {
		if (from.isEmpty()) {
			return;
		}
		Map<Pair, List<Stored>> stored = new HashMap<>();
		List<UUID> visitors = new ArrayList<>(from.size());
		List<Long> articles = new ArrayList<>(from.size());
		List<Timestamp> since = new ArrayList<>(from.size());
		from.forEach((pair, at) -> {
			visitors.add(pair.visitor());
			articles.add(pair.articleId());
			since.add(Timestamp.from(at.minus(window)));
		});
		jdbc.query("""
				SELECT v.visitor, v.article_id, v.viewed_at, v.counted
				FROM unnest(?, ?, ?) AS n(visitor, article_id, since)
				JOIN portal_view v ON v.visitor = n.visitor AND v.article_id = n.article_id AND v.viewed_at >= n.since""",
				statement -> {
					statement.setArray(1, array(statement.getConnection(), "uuid", visitors.toArray()));
					statement.setArray(2, array(statement.getConnection(), "bigint", articles.toArray()));
					statement.setArray(3, array(statement.getConnection(), "timestamptz", since.toArray()));
				}, row -> {
					Pair pair = new Pair(row.getObject("visitor", UUID.class), row.getLong("article_id"));
					stored.computeIfAbsent(pair, p -> new ArrayList<>())
						.add(new Stored(row.getTimestamp("viewed_at").toInstant(), row.getBoolean("counted")));
				});
		from.forEach((pair, start) -> {
			List<Stored> views = stored.getOrDefault(pair, List.of());
			views.sort(Comparator.comparing(Stored::at));
			Instant lastCounted = null;
			for (Stored view : views) {
				if (view.at().isBefore(start)) {
					if (view.counted()) {
						lastCounted = view.at();
					}
					continue;
				}
				boolean counts = lastCounted == null || !view.at().isBefore(lastCounted.plus(window));
				if (counts) {
					lastCounted = view.at();
				}
				if (counts != view.counted()) {
					flags.add(new Object[] { counts, pair.visitor(), pair.articleId(), Timestamp.from(view.at()) });
					change.merge(new ArticleDay(pair.articleId(), LocalDate.ofInstant(view.at(), clock.getZone())),
							counts ? 1L : -1L, Long::sum);
				}
			}
		});
	}

	/**
	 * Drops views older than the horizon that no later decision needs: those not counted, those
	 * with a later counted view, and any a window older than that (a view after the horizon counts
	 * whatever came before it).
	 */
	private void prune() {
		Instant now = Instant.now(clock);
		if (lastPrune.plus(PRUNE_EVERY).isAfter(now)) {
			return;
		}
		lastPrune = now;
		Instant cutoff = now.minus(HORIZON);
		jdbc.update("""
				DELETE FROM portal_view v WHERE v.viewed_at < ? AND (NOT v.counted OR v.viewed_at < ?
				  OR EXISTS (SELECT 1 FROM portal_view w WHERE w.visitor = v.visitor AND w.article_id = v.article_id
				             AND w.counted AND w.viewed_at > v.viewed_at))""",
				Timestamp.from(cutoff), Timestamp.from(cutoff.minus(window)));
	}

	private void upsert(ArticleDay key, long views, long botViewCount) {
		if (views == 0 && botViewCount == 0) {
			return;
		}
		jdbc.update("""
				INSERT INTO portal_article_view_day AS v (article_id, day, views, bot_views) VALUES (?, ?, ?, ?)
				ON CONFLICT (article_id, day) DO UPDATE SET views = v.views + EXCLUDED.views, bot_views = v.bot_views + EXCLUDED.bot_views""",
				key.articleId(), key.day(), views, botViewCount);
	}

	private static Array array(java.sql.Connection connection, String type, Object[] values) throws java.sql.SQLException {
		return connection.createArrayOf(type, values);
	}

	private static final Comparator<ArticleDay> ARTICLE_DAY_ORDER = Comparator.comparingLong(ArticleDay::articleId)
		.thenComparing(ArticleDay::day);

	private record Pair(UUID visitor, long articleId) {
	}

	private record View(Pair pair, Instant at) {
	}

	private record Stored(Instant at, boolean counted) {
	}

	private record ArticleDay(long articleId, LocalDate day) {
	}
}
