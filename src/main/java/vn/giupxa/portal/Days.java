package vn.giupxa.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The day of an instant in the portal's zone, for the counters that every page read bumps: the
 * current day and its bounds are kept, so that a read costs a comparison rather than a time-zone
 * conversion. Also converts instants to the microseconds PostgreSQL keeps.
 */
final class Days {

	private final ZoneId zone;

	private volatile Span current;

	Days(ZoneId zone) {
		this.zone = zone;
		this.current = span(Instant.EPOCH);
	}

	/** The day of a time in microseconds since the epoch (as {@link #micros} gives), in the zone. */
	LocalDate ofMicros(long micros) {
		return of(Math.floorDiv(micros, 1_000_000L));
	}

	/** The day of an epoch second in the zone. */
	LocalDate of(long second) {
		Span span = current;
		if (second >= span.start() && second < span.end()) {
			return span.day();
		}
		span = span(Instant.ofEpochSecond(second));
		current = span;
		return span.day();
	}

	private Span span(Instant at) {
		LocalDate day = LocalDate.ofInstant(at, zone);
		ZonedDateTime start = day.atStartOfDay(zone);
		return new Span(day, start.toEpochSecond(), start.plusDays(1).toEpochSecond());
	}

	/** Microseconds since the epoch: the precision a {@code timestamptz} keeps. */
	static long micros(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
	}

	static Instant instant(long micros) {
		return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
	}

	private record Span(LocalDate day, long start, long end) {
	}
}
