package vn.giupxa.portal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 *
 * <p>A view that does not count can never count later, provided every node writes its views within
 * half a window (15 minutes by default) of seeing them: a view that would make it count must be at
 * least a window older than it and written after it was decided. Such a view is therefore not
 * stored when it is recent, and a reader's reloads within the window of their last counted view
 * (known from a recent flush) are not even kept in memory. A view older than half a window when it
 * is flushed (a node that could not reach the database) is stored in full, counted or not, and
 * logged.
 */
@Component
class ViewCounter {

	/** Serialises flushes of view counts across nodes ("giupview"). */
	private static final long LOCK = 0x6769757076696577L;

	/** How long views are kept for deciding again (late views from a node are expected within seconds). */
	private static final Duration HORIZON = Duration.ofDays(1);

	private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

	/** At most this many pairs are remembered with their last counted view (repeat readers, not every new visitor). */
	private static final int KNOWN_LIMIT = 100_000;

	private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration window;

	/** Every node is assumed to write a view within this time of seeing it (half a window). */
	private final Duration lag;

	private final ConcurrentLinkedQueue<View> pending = new ConcurrentLinkedQueue<>();

	private final ConcurrentHashMap<ArticleDay, LongAdder> botViews = new ConcurrentHashMap<>();

	/** Repeat readers' last counted view of an article, as decided by a recent flush of this node. */
	private final ConcurrentHashMap<Pair, Known> known = new ConcurrentHashMap<>();

	private volatile Instant lastPrune = Instant.EPOCH;

	ViewCounter(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${giupxa.portal.view-window:30m}") Duration window) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.window = window;
		this.lag = window.dividedBy(2);
	}

	void record(UUID visitor, long articleId, boolean bot) {
		record(visitor, articleId, bot, Instant.now(clock));
	}

	void record(UUID visitor, long articleId, boolean bot, Instant at) {
		if (bot) {
			Counters.increment(botViews, new ArticleDay(articleId, LocalDate.ofInstant(at, clock.getZone())));
			return;
		}
		Pair pair = new Pair(visitor, articleId);
		Known last = known.get(pair);
		if (last != null && last.cannotCount(at)) {
			return;
		}
		// The database keeps microseconds: decide on the time it stores.
		pending.add(new View(pair, at.truncatedTo(ChronoUnit.MICROS)));
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
		// Each visitor's and article's views of this batch, in time order; the decision is taken again from the earliest.
		Map<Pair, TreeSet<Instant>> batch = new HashMap<>();
		for (View view : views) {
			batch.computeIfAbsent(view.pair(), pair -> new TreeSet<>()).add(view.at());
		}
		Map<Pair, Decision> decisions = read(batch);
		List<Object[]> inserted = new ArrayList<>();
		List<Object[]> flags = new ArrayList<>();
		Map<ArticleDay, Long> change = new TreeMap<>(ARTICLE_DAY_ORDER);
		Instant now = Instant.now(clock);
		Instant recent = now.minus(lag);
		decisions.forEach((pair, decision) -> decision.decide(pair, recent, inserted, flags, change));
		remember(decisions, now);
		Instant oldest = views.stream().map(View::at).min(Comparator.naturalOrder()).orElse(now);
		if (oldest.isBefore(recent)) {
			log.warn("Article views seen {} ago are written only now; they are kept in full, counted or not "
					+ "(views stay exact across nodes while every node writes within {})", Duration.between(oldest, now), lag);
		}
		if (!inserted.isEmpty()) {
			jdbc.update("""
				INSERT INTO portal_view (visitor, article_id, viewed_at, counted)
				SELECT * FROM unnest(?::uuid[], ?::bigint[], ?::timestamptz[], ?::boolean[])""",
				statement -> columns(statement, inserted, "uuid", "bigint", "timestamptz", "boolean"));
		}
		if (!flags.isEmpty()) {
			jdbc.update("""
					UPDATE portal_view v SET counted = n.counted
					FROM unnest(?::uuid[], ?::bigint[], ?::timestamptz[], ?::boolean[]) AS n(visitor, article_id, viewed_at, counted)
					WHERE v.visitor = n.visitor AND v.article_id = n.article_id AND v.viewed_at = n.viewed_at""",
					statement -> columns(statement, flags, "uuid", "bigint", "timestamptz", "boolean"));
		}
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
	 * What the decision of each visitor and article needs from the database, in one range read per
	 * pair from a window before the batch's earliest view: the views stored from that earliest view on
	 * (written by any node; a batch view already stored is not new) and, before it, the last counted
	 * one, where the rule starts.
	 */
	private Map<Pair, Decision> read(Map<Pair, TreeSet<Instant>> batch) {
		Map<Pair, Decision> decisions = new HashMap<>();
		List<Object[]> ranges = new ArrayList<>(batch.size());
		batch.forEach((pair, times) -> {
			decisions.put(pair, new Decision(times));
			ranges.add(new Object[] { pair.visitor(), pair.articleId(), Timestamp.from(times.first().minus(window)) });
		});
		jdbc.query("""
				SELECT n.visitor, n.article_id, v.viewed_at, v.counted
				FROM unnest(?::uuid[], ?::bigint[], ?::timestamptz[]) AS n(visitor, article_id, since)
				JOIN portal_view v ON v.visitor = n.visitor AND v.article_id = n.article_id AND v.viewed_at >= n.since""",
				statement -> columns(statement, ranges, "uuid", "bigint", "timestamptz"), row -> {
					Decision decision = decisions.get(new Pair(row.getObject("visitor", UUID.class), row.getLong("article_id")));
					decision.storedView(row.getTimestamp("viewed_at").toInstant(), row.getBoolean("counted"));
				});
		return decisions;
	}

	/**
	 * Remembers the last counted view of the pairs read more than once (the reloads of the next half
	 * window that cannot count are then dropped on arrival) and forgets what can no longer drop any.
	 */
	private void remember(Map<Pair, Decision> decisions, Instant now) {
		known.values().removeIf(last -> !last.canDropAfter(now));
		decisions.forEach((pair, decision) -> {
			if (decision.lastCounted != null && decision.repeated() && known.size() < KNOWN_LIMIT) {
				known.put(pair, new Known(decision.lastCounted, now));
			}
		});
	}

	/** Binds rows as one array per column (for {@code unnest}). */
	private static void columns(PreparedStatement statement, List<Object[]> rows, String... types) throws SQLException {
		for (int column = 0; column < types.length; column++) {
			Object[] values = new Object[rows.size()];
			for (int row = 0; row < values.length; row++) {
				values[row] = rows.get(row)[column];
			}
			statement.setArray(column + 1, statement.getConnection().createArrayOf(types[column], values));
		}
	}

	/**
	 * One visitor's and article's views from {@code start} on: those stored with their flags and the
	 * batch's new ones. A view counts when the last counted one is at least a window older.
	 */
	private final class Decision {

		private final TreeSet<Instant> batch;

		private final TreeMap<Instant, Boolean> stored = new TreeMap<>();

		/** The last counted view before the batch's earliest; after {@link #decide}, the last counted one of all. */
		private Instant lastCounted;

		Decision(TreeSet<Instant> batch) {
			this.batch = batch;
		}

		void storedView(Instant at, boolean counted) {
			if (!at.isBefore(batch.first())) {
				stored.put(at, counted);
			}
			else if (counted && (lastCounted == null || at.isAfter(lastCounted))) {
				lastCounted = at;
			}
		}

		/** Whether the reader read this article more than once (in this batch, or before it within a window). */
		boolean repeated() {
			return batch.size() > 1 || !stored.isEmpty();
		}

		/**
		 * Adds the new views that count or are not {@code recent} (with whether they count), the stored
		 * views whose flag changes, and the change per article and day.
		 */
		void decide(Pair pair, Instant recent, List<Object[]> inserted, List<Object[]> flags, Map<ArticleDay, Long> change) {
			TreeMap<Instant, Boolean> all = new TreeMap<>(stored);
			for (Instant at : batch) {
				all.putIfAbsent(at, null);
			}
			Instant last = lastCounted;
			for (Map.Entry<Instant, Boolean> view : all.entrySet()) {
				Instant at = view.getKey();
				boolean counts = last == null || !at.isBefore(last.plus(window));
				if (counts) {
					last = at;
				}
				if (view.getValue() == null) {
					if (counts || at.isBefore(recent)) {
						inserted.add(new Object[] { pair.visitor(), pair.articleId(), Timestamp.from(at), counts });
					}
				}
				else if (counts != view.getValue()) {
					flags.add(new Object[] { pair.visitor(), pair.articleId(), Timestamp.from(at), counts });
				}
				if (view.getValue() == null ? counts : counts != view.getValue()) {
					change.merge(new ArticleDay(pair.articleId(), LocalDate.ofInstant(at, clock.getZone())),
							counts ? 1L : -1L, Long::sum);
				}
			}
			lastCounted = last;
		}
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

	private static final Comparator<ArticleDay> ARTICLE_DAY_ORDER = Comparator.comparingLong(ArticleDay::articleId)
		.thenComparing(ArticleDay::day);

	private record Pair(UUID visitor, long articleId) {
	}

	/**
	 * A pair's last counted view as a flush of this node decided it. A later view within its window
	 * cannot count while no view written since could have changed that: one would have to be at least
	 * a window older than the new view yet written after the flush, more than the allowed lag late.
	 */
	private final class Known {

		private final Instant lastCounted;

		private final Instant decidedAt;

		Known(Instant lastCounted, Instant decidedAt) {
			this.lastCounted = lastCounted;
			this.decidedAt = decidedAt;
		}

		/** Whether a view seen just now ({@code at}, not a view from the past) cannot count. */
		boolean cannotCount(Instant at) {
			return !at.isBefore(lastCounted) && at.isBefore(lastCounted.plus(window))
					&& at.isBefore(decidedAt.plus(window).minus(lag)) && !at.isBefore(Instant.now(clock).minus(lag));
		}

		boolean canDropAfter(Instant now) {
			return now.isBefore(lastCounted.plus(window)) && now.isBefore(decidedAt.plus(window).minus(lag));
		}
	}

	private record View(Pair pair, Instant at) {
	}

	private record ArticleDay(long articleId, LocalDate day) {
	}
}
