package vn.giupxa.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View counts and visitor statistics are exact: counters built here stand for separate app
 * nodes (each with its own memory) writing to the one shared database, as two processes would.
 */
@IntegrationTest
class ViewCountingTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	private final Random random = new Random();

	private ViewCounter node() {
		return node(Duration.ofMinutes(30));
	}

	private ViewCounter node(Duration window) {
		return new ViewCounter(jdbcTemplate, transaction, clock, window, 10_000);
	}

	private VisitCounter visitNode() {
		return new VisitCounter(jdbcTemplate, transaction, clock);
	}

	@Test
	void aVisitorsViewsCountOncePerThirtyMinutesAndRobotsApart() {
		long article = newArticle();
		ViewCounter counter = node();
		UUID reader = UUID.randomUUID();
		Instant start = Instant.ofEpochSecond(Instant.now(clock).getEpochSecond() / 1800 * 1800);
		counter.record(reader, article, false, start);
		counter.record(reader, article, false, start.plus(Duration.ofMinutes(10)));
		counter.record(reader, article, false, start.plus(Duration.ofMinutes(31)));
		counter.record(UUID.randomUUID(), article, false, start.plus(Duration.ofMinutes(1)));
		for (int i = 0; i < 3; i++) {
			counter.record(UUID.randomUUID(), article, true, start);
		}
		counter.flush();
		assertThat(views(article)).isEqualTo(3);
		assertThat(botViews(article)).isEqualTo(3);
	}

	@Test
	void theWindowSlidesFromTheLastCountedViewNotFromTheClock() {
		long article = newArticle();
		ViewCounter counter = node();
		UUID reader = UUID.randomUUID();
		// 10:20 counts; 10:40 does not (20 minutes, though in another clock half-hour); 11:00 counts (40 minutes
		// after 10:20); 11:15 does not; 11:35 counts.
		Instant start = Instant.ofEpochSecond(Instant.now(clock).minus(Duration.ofHours(3)).getEpochSecond() / 1800 * 1800)
			.plus(Duration.ofMinutes(20));
		for (int minutes : new int[] { 0, 20, 40, 55, 75 }) {
			counter.record(reader, article, false, start.plus(Duration.ofMinutes(minutes)));
		}
		counter.flush();
		assertThat(views(article)).isEqualTo(3);
	}

	@Test
	void theWindowIsConfigurable() {
		long article = newArticle();
		ViewCounter counter = node(Duration.ofMinutes(10));
		UUID reader = UUID.randomUUID();
		Instant start = Instant.now(clock).minus(Duration.ofHours(1));
		for (int minutes : new int[] { 0, 5, 12, 21, 22 }) {
			counter.record(reader, article, false, start.plus(Duration.ofMinutes(minutes)));
		}
		counter.flush();
		assertThat(views(article)).as("0, 12 and 22 minutes").isEqualTo(3);
	}

	@Test
	void aViewFlushedLateByAnotherNodeIsDecidedAsIfOneNodeHadSeenAll() {
		long article = newArticle();
		ViewCounter nodeA = node();
		ViewCounter nodeB = node();
		UUID reader = UUID.randomUUID();
		Instant start = Instant.now(clock).minus(Duration.ofHours(2));
		nodeB.record(reader, article, false, start.plus(Duration.ofMinutes(20)));
		nodeB.record(reader, article, false, start.plus(Duration.ofMinutes(40)));
		nodeB.flush();
		assertThat(views(article)).as("20 counts, 40 is within its window").isEqualTo(1);
		// Node A saw the first view, at 0, and writes it only now: 0 counts, 20 no longer does, 40 now does.
		nodeA.record(reader, article, false, start);
		nodeA.flush();
		assertThat(views(article)).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM portal_view WHERE article_id = :id AND counted").param("id", article)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void reloadsWithinTheWindowAreNeitherCountedNorStored() {
		long article = newArticle();
		ViewCounter counter = node();
		UUID reader = UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			counter.record(reader, article, false);
		}
		counter.flush();
		// Once the node knows the counted view, later reloads are dropped on arrival.
		for (int i = 0; i < 5; i++) {
			counter.record(reader, article, false);
		}
		counter.flush();
		assertThat(views(article)).isEqualTo(1);
		assertThat(storedViews(article)).isEqualTo(1);
	}

	@Test
	void aRecentViewThatWasNotStoredCouldNotHaveCountedAfterALateView() {
		long article = newArticle();
		ViewCounter nodeA = node();
		ViewCounter nodeB = node();
		ViewCounter single = node();
		long alone = newArticle();
		UUID reader = UUID.randomUUID();
		Instant now = Instant.now(clock);
		List<Instant> seen = List.of(now.minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(5)),
				now.minus(Duration.ofMinutes(1)));
		// Node B writes 5 and 1 minutes ago (5 counts; 1 does not and is not stored) ...
		nodeB.record(reader, article, false, seen.get(1));
		nodeB.record(reader, article, false, seen.get(2));
		nodeB.flush();
		assertThat(storedViews(article)).isEqualTo(1);
		// ... then node A writes, 10 minutes late, the view of 10 minutes ago: it counts and 5 no longer does.
		nodeA.record(reader, article, false, seen.get(0));
		nodeA.flush();
		seen.forEach(at -> single.record(reader, alone, false, at));
		single.flush();
		assertThat(views(article)).isEqualTo(views(alone)).isEqualTo(1);
	}

	@Test
	void twoNodesOnOneDatabaseGiveTheSameTotalsAsOne() throws Exception {
		long alone = newArticle();
		long shared = newArticle();
		ViewCounter single = node();
		ViewCounter nodeA = node();
		ViewCounter nodeB = node();
		List<UUID> readers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			readers.add(UUID.randomUUID());
		}
		Instant time = Instant.now(clock).minus(Duration.ofHours(6));
		// Six hours of reading in ten-second ticks; a load balancer sends each view to either node,
		// and at every tick both nodes flush at the same moment.
		for (int tick = 0; tick < 2160; tick++) {
			for (int n = random.nextInt(3); n > 0; n--) {
				UUID reader = readers.get(random.nextInt(readers.size()));
				Instant at = time.plusMillis(random.nextInt(10_000));
				single.record(reader, alone, false, at);
				(random.nextBoolean() ? nodeA : nodeB).record(reader, shared, false, at);
			}
			time = time.plusSeconds(10);
			if (tick % 30 == 29) {
				single.flush();
				CompletableFuture<Integer> a = CompletableFuture.supplyAsync(nodeA::flush);
				CompletableFuture<Integer> b = CompletableFuture.supplyAsync(nodeB::flush);
				CompletableFuture.allOf(a, b).get();
			}
		}
		single.flush();
		nodeA.flush();
		nodeB.flush();
		assertThat(views(alone)).isPositive();
		assertThat(views(shared)).isEqualTo(views(alone));
	}

	@Test
	void distinctVisitorsOfADayAreExactAcrossNodesAndKeptPerDay() throws Exception {
		LocalDate day = LocalDate.of(2001 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
		Instant noon = day.atTime(12, 0).atZone(VIETNAM).toInstant();
		VisitCounter nodeA = visitNode();
		VisitCounter nodeB = visitNode();
		for (int i = 0; i < 25; i++) {
			UUID visitor = UUID.randomUUID();
			nodeA.record(visitor, false, false, noon.plusSeconds(i));
			nodeB.record(visitor, false, false, noon.plusSeconds(60 + i));
			nodeB.record(visitor, false, false, noon.plusSeconds(120 + i));
		}
		nodeA.record(UUID.randomUUID(), true, false, noon);
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(nodeA::flush);
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(nodeB::flush);
		CompletableFuture.allOf(a, b).get();
		assertThat(jdbc.sql("SELECT visitors FROM portal_daily_statistics WHERE day = :day").param("day", day)
			.query(Long.class).single()).isEqualTo(25);
		assertThat(jdbc.sql("SELECT page_views FROM portal_daily_statistics WHERE day = :day").param("day", day)
			.query(Long.class).single()).isEqualTo(75);
		assertThat(jdbc.sql("SELECT bot_page_views FROM portal_daily_statistics WHERE day = :day").param("day", day)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aVisitorGivenAnIdIsCountedThenAndComingBackThatDayOnAnyNodeIsNotANewVisitor() throws Exception {
		LocalDate day = LocalDate.of(2001 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
		Instant noon = day.atTime(12, 0).atZone(VIETNAM).toInstant();
		Instant nextNoon = noon.plus(Duration.ofDays(1));
		VisitCounter nodeA = visitNode();
		VisitCounter nodeB = visitNode();
		UUID given = VisitorCookieFilter.newVisitorId(noon.toEpochMilli());
		nodeA.record(given, false, true, noon);
		// Back with the cookie on the other node, that day and the next; and one who read before ids were time-ordered.
		nodeB.record(given, false, false, noon.plusSeconds(60));
		nodeB.record(given, false, false, nextNoon);
		nodeB.record(UUID.randomUUID(), false, false, noon.plusSeconds(90));
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(nodeB::flush);
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(nodeA::flush);
		CompletableFuture.allOf(a, b).get();
		assertThat(dayFigure("visitors", day)).isEqualTo(2);
		assertThat(dayFigure("page_views", day)).isEqualTo(3);
		assertThat(dayFigure("visitors", day.plusDays(1))).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM portal_visitor_day WHERE visitor = :id AND day = :day")
			.param("id", given).param("day", day).query(Long.class).single()).as("the row of coming back").isEqualTo(1);
	}

	@Test
	void aFlushLargerThanASliceCountsWhatOneWriteWould() {
		long sliced = newArticle();
		long whole = newArticle();
		ViewCounter slices = new ViewCounter(jdbcTemplate, transaction, clock, Duration.ofMinutes(30), 4);
		ViewCounter one = node();
		Instant now = Instant.now(clock);
		UUID reloader = UUID.randomUUID();
		// A new reader on most reads (each view a new visitor and article), and one reader's reloads spread over
		// the slices, the earliest last (recorded by another request thread, drained after the others).
		List<Instant> reloads = List.of(now.minusSeconds(5), now.minusSeconds(3), now.minusSeconds(1), now.minusSeconds(8));
		for (int i = 0; i < 13; i++) {
			UUID reader = UUID.randomUUID();
			Instant at = now.minusSeconds(10).plusMillis(i);
			slices.record(reader, sliced, false, at);
			one.record(reader, whole, false, at);
			if (i % 4 == 0) {
				slices.record(reloader, sliced, false, reloads.get(i / 4));
				one.record(reloader, whole, false, reloads.get(i / 4));
			}
		}
		slices.flush();
		one.flush();
		assertThat(views(sliced)).as("13 new readers and one reader within the window").isEqualTo(14);
		assertThat(views(whole)).isEqualTo(14);
		assertThat(jdbc.sql("SELECT count(*) FROM portal_view WHERE article_id = :id AND counted").param("id", sliced)
			.query(Long.class).single()).isEqualTo(14);
	}

	@Test
	void aGracefulShutdownFlushesWhatIsStillInMemory() {
		long article = newArticle();
		ViewCounter views = node();
		VisitCounter visits = visitNode();
		CounterFlusher flusher = new CounterFlusher(views, visits, new VisitorStatistics(jdbc, clock, Duration.ofSeconds(30)),
				new PortalReader(jdbc, clock, Duration.ofSeconds(10)), Duration.ofHours(1));
		flusher.start();
		views.record(UUID.randomUUID(), article, false);
		views.record(UUID.randomUUID(), article, false);
		flusher.stop();
		assertThat(flusher.isRunning()).isFalse();
		assertThat(views(article)).isEqualTo(2);
	}

	private long newArticle() {
		String slug = "dem-luot-xem-" + UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO portal_article (slug, title, summary, body_html, body_text, author, category_id, status,
				                            published_at, created_at, updated_at)
				SELECT :slug, 'Bài đếm lượt xem', 'Tóm tắt', '<p>Nội dung</p>', 'Nội dung', 'Kiểm thử', min(id), 'DRAFT',
				       NULL, now(), now() FROM portal_category""").param("slug", slug).update();
		return jdbc.sql("SELECT id FROM portal_article WHERE slug = :slug").param("slug", slug).query(Long.class).single();
	}

	private long views(long article) {
		return jdbc.sql("SELECT coalesce(sum(views), 0) FROM portal_article_view_day WHERE article_id = :id")
			.param("id", article).query(Long.class).single();
	}

	private long dayFigure(String column, LocalDate day) {
		return jdbc.sql("SELECT " + column + " FROM portal_daily_statistics WHERE day = :day").param("day", day)
			.query(Long.class).single();
	}

	private long storedViews(long article) {
		return jdbc.sql("SELECT count(*) FROM portal_view WHERE article_id = :id").param("id", article).query(Long.class)
			.single();
	}

	private long botViews(long article) {
		return jdbc.sql("SELECT coalesce(sum(bot_views), 0) FROM portal_article_view_day WHERE article_id = :id")
			.param("id", article).query(Long.class).single();
	}
}
