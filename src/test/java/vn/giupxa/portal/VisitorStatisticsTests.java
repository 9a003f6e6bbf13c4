package vn.giupxa.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class VisitorStatisticsTests {

	@Autowired
	VisitorStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void onlineCountsEachVisitorSeenInTheLastFiveMinutesOnceAcrossMidnight() {
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		long before = statistics.online(now);
		UUID recent = UUID.randomUUID();
		UUID gone = UUID.randomUUID();
		UUID acrossMidnight = UUID.randomUUID();
		UUID lastSeenYesterday = UUID.randomUUID();
		seen(today, recent, now.minus(Duration.ofMinutes(1)));
		seen(today, gone, now.minus(Duration.ofMinutes(6)));
		seen(today.minusDays(1), acrossMidnight, now.minus(Duration.ofMinutes(3)));
		seen(today, acrossMidnight, now.minus(Duration.ofMinutes(2)));
		seen(today.minusDays(1), lastSeenYesterday, now.minus(Duration.ofMinutes(4)));

		// recent, acrossMidnight (once, though it has a row on each day) and lastSeenYesterday; not gone
		assertThat(statistics.online(now)).isEqualTo(before + 3);
	}

	@Test
	void visitorsGivenAnIdInTheLastFiveMinutesAreCountedOnceWhetherOrNotTheyCameBack() {
		// A moment in the past, under the counters' lock (no flush prunes or adds meanwhile), rolled back after.
		Instant now = LocalDate.of(2003, 1 + new Random().nextInt(12), 1 + new Random().nextInt(28)).atTime(9, 30)
			.atZone(clock.getZone()).toInstant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		transaction.executeWithoutResult(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", VisitCounter.LOCK).query().singleRow();
			long before = statistics.online(now);
			Instant oneMinuteAgo = now.minus(Duration.ofMinutes(1));
			// Two visitors given an id a minute ago, one of whom came back 30 s ago ...
			given(oneMinuteAgo, 2);
			seen(today, VisitorCookieFilter.newVisitorId(oneMinuteAgo.toEpochMilli()), now.minusSeconds(30));
			// ... one given an id ten minutes ago who came back a minute ago; one given six minutes ago, gone.
			seen(today, VisitorCookieFilter.newVisitorId(now.minus(Duration.ofMinutes(10)).toEpochMilli()), oneMinuteAgo);
			given(now.minus(Duration.ofMinutes(6)), 1);

			assertThat(statistics.online(now)).isEqualTo(before + 3);
			status.setRollbackOnly();
		});
	}

	private void given(Instant second, long visitors) {
		jdbc.sql("INSERT INTO portal_new_visitors (second, visitors) VALUES (:second, :visitors)")
			.param("second", Timestamp.from(second)).param("visitors", visitors).update();
	}

	private void seen(LocalDate day, UUID visitor, Instant lastSeen) {
		jdbc.sql("""
				INSERT INTO portal_visitor_day (day, visitor, first_seen, last_seen, page_views)
				VALUES (:day, :visitor, :seen, :seen, 1)""")
			.param("day", day).param("visitor", visitor).param("seen", Timestamp.from(lastSeen))
			.update();
	}
}
