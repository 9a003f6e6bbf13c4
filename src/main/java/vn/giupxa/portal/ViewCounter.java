package vn.giupxa.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts article views in memory and writes them in batches. A visitor's views of an article
 * count once per window (30 minutes by default, windows aligned on the clock: 10:00–10:30,
 * 10:30–11:00…): this node skips repeats it has seen, and the database decides for good by
 * inserting one {@code portal_view_mark} row per visitor, article and window. The rule does not
 * depend on the order in which nodes flush, so any number of nodes count exactly what one would.
 * Robots are counted apart.
 */
@Component
class ViewCounter {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration window;

	private final ConcurrentLinkedQueue<View> pending = new ConcurrentLinkedQueue<>();

	private final ConcurrentHashMap<ArticleDay, LongAdder> botViews = new ConcurrentHashMap<>();

	private final Cache<VisitorArticle, Instant> recent;

	ViewCounter(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${giupxa.portal.view-window:30m}") Duration window) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.window = window;
		this.recent = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(1_000_000).build();
	}

	void record(UUID visitor, long articleId, boolean bot) {
		record(visitor, articleId, bot, Instant.now(clock));
	}

	void record(UUID visitor, long articleId, boolean bot, Instant at) {
		if (bot) {
			Counters.increment(botViews, new ArticleDay(articleId, LocalDate.ofInstant(at, clock.getZone())));
			return;
		}
		Instant windowStart = windowStart(at);
		VisitorArticle key = new VisitorArticle(visitor, articleId, windowStart);
		if (recent.asMap().putIfAbsent(key, at) != null) {
			return;
		}
		pending.add(new View(visitor, articleId, at, windowStart));
	}

	/** Writes what was counted since the last flush; returns the number of views that counted. */
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
		// One order for every node, so concurrent flushes take row locks in the same order and never deadlock.
		views.sort(VIEW_ORDER);
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
		int[][] results = jdbc.batchUpdate("""
				INSERT INTO portal_view_mark (visitor, article_id, window_start) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""", views, 500, (statement, view) -> {
			statement.setObject(1, view.visitor());
			statement.setLong(2, view.articleId());
			statement.setTimestamp(3, Timestamp.from(view.windowStart()));
		});
		jdbc.update("DELETE FROM portal_view_mark WHERE window_start < ?",
				Timestamp.from(windowStart(Instant.now(clock)).minus(window.multipliedBy(48))));
		Map<ArticleDay, Long> counted = new HashMap<>();
		int index = 0;
		for (int[] batch : results) {
			for (int rows : batch) {
				View view = views.get(index++);
				if (rows > 0) {
					counted.merge(new ArticleDay(view.articleId(), LocalDate.ofInstant(view.at(), clock.getZone())), 1L,
							Long::sum);
				}
			}
		}
		Map<ArticleDay, long[]> perArticleDay = new java.util.TreeMap<>(ARTICLE_DAY_ORDER);
		counted.forEach((key, n) -> perArticleDay.computeIfAbsent(key, k -> new long[2])[0] += n);
		bots.forEach((key, n) -> perArticleDay.computeIfAbsent(key, k -> new long[2])[1] += n);
		perArticleDay.forEach((key, n) -> upsert(key, n[0], n[1]));
		Map<LocalDate, Long> perDay = new java.util.TreeMap<>();
		counted.forEach((key, n) -> perDay.merge(key.day(), n, Long::sum));
		perDay.forEach((day, n) -> jdbc.update("""
				INSERT INTO portal_daily_statistics (day, article_views) VALUES (?, ?)
				ON CONFLICT (day) DO UPDATE SET article_views = portal_daily_statistics.article_views + EXCLUDED.article_views""",
				day, n));
		return counted.values().stream().mapToInt(Long::intValue).sum();
	}

	private void upsert(ArticleDay key, long views, long botViewCount) {
		jdbc.update("""
				INSERT INTO portal_article_view_day AS v (article_id, day, views, bot_views) VALUES (?, ?, ?, ?)
				ON CONFLICT (article_id, day) DO UPDATE SET views = v.views + EXCLUDED.views, bot_views = v.bot_views + EXCLUDED.bot_views""",
				key.articleId(), key.day(), views, botViewCount);
	}

	/** The start of the window the instant falls in (windows aligned on the epoch, so on the clock). */
	private Instant windowStart(Instant at) {
		long size = window.toMillis();
		return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), size) * size);
	}

	private static final java.util.Comparator<View> VIEW_ORDER = java.util.Comparator.comparing(View::visitor)
		.thenComparingLong(View::articleId)
		.thenComparing(View::windowStart);

	private static final java.util.Comparator<ArticleDay> ARTICLE_DAY_ORDER = java.util.Comparator
		.comparingLong(ArticleDay::articleId)
		.thenComparing(ArticleDay::day);

	private record View(UUID visitor, long articleId, Instant at, Instant windowStart) {
	}

	private record VisitorArticle(UUID visitor, long articleId, Instant windowStart) {
	}

	private record ArticleDay(long articleId, LocalDate day) {
	}
}
