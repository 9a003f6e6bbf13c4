package vn.giupxa.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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

	private void seen(LocalDate day, UUID visitor, Instant lastSeen) {
		jdbc.sql("""
				INSERT INTO portal_visitor_day (day, visitor, first_seen, last_seen, page_views)
				VALUES (:day, :visitor, :seen, :seen, 1)""")
			.param("day", day).param("visitor", visitor).param("seen", Timestamp.from(lastSeen))
			.update();
	}
}
