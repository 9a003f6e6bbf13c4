package vn.giupxa.portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts article views and writes them in batches. Request threads only record reads in a
 * {@link ReadLog}; a flush takes them. A visitor's view of an article
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
 * (known from a recent flush) are dropped as soon as a flush takes them. A view older than half a window when it
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

	/** The window, in microseconds. */
	private final long window;

	/** Every node is assumed to write a view within this time of seeing it (half a window), in microseconds. */
	private final long lag;

	private final Days days;

	/** Views written per transaction ({@code giupxa.portal.view-flush-slice}); see {@link #flush()}. */
	private final int slice;

	/** Article reads since the last flush: visitor id (two numbers), article, microseconds since the epoch and robot. */
	private final ReadLog reads = new ReadLog();

	/** Views a failed flush could not write, kept for the next one. */
	private List<View> unwritten = new ArrayList<>();

	private Map<ArticleDay, Long> unwrittenBots = new HashMap<>();

	/** Repeat readers' last counted view of an article, as decided by a recent flush of this node. */
	private final Map<Pair, Known> known = new HashMap<>();

	private volatile Instant lastPrune = Instant.EPOCH;

	ViewCounter(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${giupxa.portal.view-window:30m}") Duration window,
			@Value("${giupxa.portal.view-flush-slice:10000}") int slice) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.window = Days.micros(Instant.EPOCH.plus(window));
		this.lag = this.window / 2;
		this.days = new Days(clock.getZone());
		this.slice = slice;
	}

	void record(UUID visitor, long articleId, boolean bot) {
		record(visitor, articleId, bot, Instant.now(clock));
	}

	void record(UUID visitor, long articleId, boolean bot, Instant at) {
		// The database keeps microseconds: decide on the time it stores.
		reads.add(visitor.getMostSignificantBits(), visitor.getLeastSignificantBits(), articleId,
				Days.micros(at) << 1 | (bot ? 1 : 0));
	}

	/**
	 * Writes what was counted since the last flush; returns by how much the view totals grew. The views are
	 * written in slices of {@link #slice}, each in its own transaction under the lock, as flushes of several
	 * nodes would be: a slice's decision covers every view the earlier slices stored, so the totals are those
	 * of one write. A burst of new readers (every view a new visitor and article) so needs a slice's memory,
	 * not the whole flush's: a new visitor on every request (bench/portal, 2026-11-27), several hundred thousand
	 * views a flush in one transaction, stopped the counters of a 512 MB JVM for good after 15 full collections.
	 * What is not written (a failure, or memory running out) is kept for the next flush.
	 */
	synchronized int flush() {
		List<View> views = unwritten;
		Map<ArticleDay, Long> bots = unwrittenBots;
		unwritten = new ArrayList<>();
		unwrittenBots = new HashMap<>();
		long now = Days.micros(Instant.now(clock));
		reads.drain((visitorHigh, visitorLow, articleId, stamp) -> {
			long micros = stamp >> 1;
			if ((stamp & 1) == 1) {
				bots.merge(new ArticleDay(articleId, days.ofMicros(micros)), 1L, Long::sum);
				return;
			}
			Pair pair = new Pair(new UUID(visitorHigh, visitorLow), articleId);
			Known last = known.get(pair);
			if (last == null || !last.cannotCount(micros, now)) {
				views.add(new View(pair, micros));
			}
		});
		if (views.isEmpty() && bots.isEmpty()) {
			return 0;
		}
		int counted = 0;
		int from = 0;
		try {
			do {
				List<View> part = views.subList(from, Math.min(views.size(), from + slice));
				Map<ArticleDay, Long> partBots = from == 0 ? bots : Map.of();
				Integer written = transaction.execute(status -> write(part, partBots));
				counted += written == null ? 0 : written;
				from += part.size();
			}
			while (from < views.size());
			return counted;
		}
		catch (RuntimeException | Error failure) {
			// The slice that failed was not written: keep it and the rest for the next flush rather than lose them.
			views.subList(0, from).clear();
			unwritten = views;
			unwrittenBots = from == 0 ? bots : new HashMap<>();
			throw failure;
		}
	}

	private int write(List<View> views, Map<ArticleDay, Long> bots) {
		jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK);
		// Each visitor's and article's views of this batch; the decision is taken again from the earliest.
		Map<Pair, Decision> decisions = new HashMap<>(views.size() * 4 / 3 + 1);
		long oldest = Long.MAX_VALUE;
		for (View view : views) {
			Decision decision = decisions.get(view.pair());
			if (decision == null) {
				decision = new Decision(view.pair());
				decisions.put(view.pair(), decision);
			}
			decision.batch.add(view.at());
			oldest = Math.min(oldest, view.at());
		}
		read(decisions);
		Rows inserted = new Rows(decisions.size());
		Rows flags = new Rows(0);
		Map<ArticleDay, Long> change = new TreeMap<>(ARTICLE_DAY_ORDER);
		long now = Days.micros(Instant.now(clock));
		long recent = now - lag;
		for (Decision decision : decisions.values()) {
			decision.decide(recent, inserted, flags, change);
		}
		remember(decisions, now);
		if (oldest < recent) {
			log.warn("Article views seen {} ago are written only now; they are kept in full, counted or not "
					+ "(views stay exact across nodes while every node writes within {})",
					Duration.of(now - oldest, ChronoUnit.MICROS), Duration.of(lag, ChronoUnit.MICROS));
		}
		if (inserted.size > 0) {
			jdbc.update("""
				INSERT INTO portal_view (visitor, article_id, viewed_at, counted)
				SELECT * FROM unnest(?::uuid[], ?::bigint[], ?::timestamptz[], ?::boolean[])""", inserted::bind);
		}
		if (flags.size > 0) {
			jdbc.update("""
					UPDATE portal_view v SET counted = n.counted
					FROM unnest(?::uuid[], ?::bigint[], ?::timestamptz[], ?::boolean[]) AS n(visitor, article_id, viewed_at, counted)
					WHERE v.visitor = n.visitor AND v.article_id = n.article_id AND v.viewed_at = n.viewed_at""", flags::bind);
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
	private void read(Map<Pair, Decision> decisions) {
		int size = decisions.size();
		UUID[] visitors = new UUID[size];
		Long[] articles = new Long[size];
		Timestamp[] since = new Timestamp[size];
		int row = 0;
		for (Decision decision : decisions.values()) {
			decision.batch.sort();
			visitors[row] = decision.pair.visitor();
			articles[row] = decision.pair.articleId();
			since[row] = timestamp(decision.batch.first() - window);
			row++;
		}
		jdbc.query("""
				SELECT n.visitor, n.article_id, v.viewed_at, v.counted
				FROM unnest(?::uuid[], ?::bigint[], ?::timestamptz[]) AS n(visitor, article_id, since)
				JOIN portal_view v ON v.visitor = n.visitor AND v.article_id = n.article_id AND v.viewed_at >= n.since""",
				statement -> {
					Connection connection = statement.getConnection();
					statement.setArray(1, connection.createArrayOf("uuid", visitors));
					statement.setArray(2, connection.createArrayOf("bigint", articles));
					statement.setArray(3, connection.createArrayOf("timestamptz", since));
				}, result -> {
					Decision decision = decisions.get(new Pair(result.getObject(1, UUID.class), result.getLong(2)));
					decision.storedView(Days.micros(result.getTimestamp(3).toInstant()), result.getBoolean(4));
				});
	}

	/**
	 * Remembers the last counted view of the pairs read more than once (the reloads of the next half
	 * window that cannot count are then dropped on arrival) and forgets what can no longer drop any.
	 */
	private void remember(Map<Pair, Decision> decisions, long now) {
		known.values().removeIf(last -> !last.canDropAfter(now));
		for (Decision decision : decisions.values()) {
			if (decision.lastCounted != NONE && decision.repeated() && known.size() < KNOWN_LIMIT) {
				known.put(decision.pair, new Known(decision.lastCounted, now));
			}
		}
	}

	private static Timestamp timestamp(long micros) {
		return Timestamp.from(Days.instant(micros));
	}

	/** No view: the time of a pair's last counted view when it has none. */
	private static final long NONE = Long.MIN_VALUE;

	/**
	 * One visitor's and article's views from the batch's earliest on: those stored with their flags
	 * and the batch's new ones. A view counts when the last counted one is at least a window older.
	 * Most pairs have one view in a batch and none stored, so times are kept as microseconds in arrays.
	 */
	private final class Decision {

		private final Pair pair;

		private final Times batch = new Times();

		/** Stored views from the batch's earliest on, as {@code micros << 1 | counted}: in time order once sorted. */
		private Times stored;

		/** The last counted view before the batch's earliest; after {@link #decide}, the last counted one of all. */
		private long lastCounted = NONE;

		Decision(Pair pair) {
			this.pair = pair;
		}

		void storedView(long at, boolean counted) {
			if (at >= batch.first()) {
				if (stored == null) {
					stored = new Times();
				}
				stored.add(at << 1 | (counted ? 1 : 0));
			}
			else if (counted && at > lastCounted) {
				lastCounted = at;
			}
		}

		/** Whether the reader read this article more than once (in this batch, or before it within a window). */
		boolean repeated() {
			return batch.size > 1 || stored != null;
		}

		/**
		 * Adds the new views that count or are not {@code recent} (with whether they count), the stored
		 * views whose flag changes, and the change per article and day. A batch view already stored is not new.
		 */
		void decide(long recent, Rows inserted, Rows flags, Map<ArticleDay, Long> change) {
			if (stored != null) {
				stored.sort();
			}
			int storedSize = stored == null ? 0 : stored.size;
			long last = lastCounted;
			int b = 0;
			int s = 0;
			while (b < batch.size || s < storedSize) {
				long storedAt = s < storedSize ? stored.values[s] >> 1 : Long.MAX_VALUE;
				long at;
				Boolean flag;
				if (b < batch.size && batch.values[b] < storedAt) {
					at = batch.values[b++];
					flag = null;
				}
				else {
					at = storedAt;
					flag = (stored.values[s++] & 1) == 1;
					while (b < batch.size && batch.values[b] == at) {
						b++;
					}
				}
				while (flag == null && b < batch.size && batch.values[b] == at) {
					b++;
				}
				boolean counts = last == NONE || at >= last + window;
				if (counts) {
					last = at;
				}
				if (flag == null) {
					if (counts || at < recent) {
						inserted.add(pair, at, counts);
					}
				}
				else if (counts != flag) {
					flags.add(pair, at, counts);
				}
				if (flag == null ? counts : counts != flag) {
					change.merge(new ArticleDay(pair.articleId(), days.ofMicros(at)), counts ? 1L : -1L, Long::sum);
				}
			}
			lastCounted = last;
		}
	}

	/** A growable array of times in microseconds (most hold one). */
	private static final class Times {

		private long[] values = new long[1];

		private int size;

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		void sort() {
			if (size > 1) {
				Arrays.sort(values, 0, size);
			}
		}

		long first() {
			return values[0];
		}
	}

	/** Views to write, one array per column (for {@code unnest}). */
	private static final class Rows {

		private final List<UUID> visitors;

		private final List<Long> articles;

		private final List<Timestamp> times;

		private final List<Boolean> counted;

		private int size;

		Rows(int capacity) {
			visitors = new ArrayList<>(capacity);
			articles = new ArrayList<>(capacity);
			times = new ArrayList<>(capacity);
			counted = new ArrayList<>(capacity);
		}

		void add(Pair pair, long at, boolean counts) {
			visitors.add(pair.visitor());
			articles.add(pair.articleId());
			times.add(timestamp(at));
			counted.add(counts);
			size++;
		}

		void bind(PreparedStatement statement) throws SQLException {
			Connection connection = statement.getConnection();
			statement.setArray(1, connection.createArrayOf("uuid", visitors.toArray()));
			statement.setArray(2, connection.createArrayOf("bigint", articles.toArray()));
			statement.setArray(3, connection.createArrayOf("timestamptz", times.toArray()));
			statement.setArray(4, connection.createArrayOf("boolean", counted.toArray()));
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
				Timestamp.from(cutoff), Timestamp.from(cutoff.minus(window, ChronoUnit.MICROS)));
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

	/** A visitor and an article: the key every read of an article looks up (equality written out, as it is hot). */
	private record Pair(UUID visitor, long articleId) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Pair pair && articleId == pair.articleId && visitor.equals(pair.visitor);
		}

		@Override
		public int hashCode() {
			return visitor.hashCode() * 31 + Long.hashCode(articleId);
		}
	}

	/**
	 * A pair's last counted view as a flush of this node decided it (microseconds). A later view within
	 * its window cannot count while no view written since could have changed that: one would have to be
	 * at least a window older than the new view yet written after the flush, more than the allowed lag late.
	 */
	private final class Known {

		private final long lastCounted;

		private final long decidedAt;

		Known(long lastCounted, long decidedAt) {
			this.lastCounted = lastCounted;
			this.decidedAt = decidedAt;
		}

		/** Whether a view seen recently ({@code at}, not a view from the past; {@code now} in microseconds) cannot count. */
		boolean cannotCount(long at, long now) {
			return at >= lastCounted && at < lastCounted + window && at < decidedAt + window - lag
					&& at >= now - lag;
		}

		boolean canDropAfter(long now) {
			return now < lastCounted + window && now < decidedAt + window - lag;
		}
	}

	/** A view seen at {@code at} microseconds since the epoch. */
	private record View(Pair pair, long at) {
	}

	private record ArticleDay(long articleId, LocalDate day) {
	}
}
