package vn.giupxa.portal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** New visitors' ids are version 7: unique, and ordered by the millisecond they were made. */
class VisitorIdTests {

	@Test
	void anIdCarriesTheMillisecondItWasMadeAndIdsMadeLaterSortAfter() throws InterruptedException {
		long before = System.currentTimeMillis();
		UUID first = VisitorCookieFilter.newVisitorId();
		Thread.sleep(2);
		UUID second = VisitorCookieFilter.newVisitorId();
		long after = System.currentTimeMillis();

		assertThat(first.version()).isEqualTo(7);
		assertThat(first.variant()).isEqualTo(2);
		assertThat(first.getMostSignificantBits() >>> 16).isBetween(before, after);
		// PostgreSQL orders uuid values by their bytes, as this string order does.
		assertThat(second.toString()).isGreaterThan(first.toString());
	}

	@Test
	void idsMadeInTheSameMillisecondDiffer() {
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			ids.add(VisitorCookieFilter.newVisitorId());
		}
		assertThat(ids).hasSize(100_000);
	}
}
