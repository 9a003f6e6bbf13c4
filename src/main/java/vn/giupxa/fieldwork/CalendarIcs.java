package vn.giupxa.fieldwork;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Writes an iCalendar document (RFC 5545) by hand: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, text values escaped. Times are written in UTC; days without a start time are all-day events.
 */
final class CalendarIcs {

	private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int MAX_OCTETS = 75;

	private final StringBuilder out = new StringBuilder();

	private CalendarIcs() {
	}

	/**
	 * The calendar: {@code summary} names an entry (its kind and commune, in the reader's language), {@code baseUrl}
	 * starts the links back to the application.
	 */
	static String write(String name, List<CalendarEntries.Entry> entries, Function<CalendarEntries.Entry, String> summary,
			Function<CalendarEntries.Entry, String> description, String baseUrl, Instant now) {
		CalendarIcs ics = new CalendarIcs();
		ics.line("BEGIN:VCALENDAR");
		ics.line("VERSION:2.0");
		ics.line("PRODID:-//GiupXa//Lich cong tac//VI");
		ics.line("CALSCALE:GREGORIAN");
		ics.line("METHOD:PUBLISH");
		ics.line("X-WR-CALNAME:" + escape(name));
		ics.line("X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
		for (CalendarEntries.Entry entry : entries) {
			ics.line("BEGIN:VEVENT");
			ics.line("UID:" + entry.uid());
			ics.line("DTSTAMP:" + UTC.format(now));
			if (entry.startTime() == null) {
				ics.line("DTSTART;VALUE=DATE:" + DATE.format(entry.day()));
				ics.line("DTEND;VALUE=DATE:" + DATE.format(entry.lastDay().plusDays(1)));
			}
			else {
				Instant start = entry.day().atTime(entry.startTime()).atZone(VIETNAM).toInstant();
				ics.line("DTSTART:" + UTC.format(start));
				ics.line("DTEND:" + UTC.format(end(entry, start)));
			}
			ics.line("SEQUENCE:" + entry.version());
			ics.line("SUMMARY:" + escape(summary.apply(entry)));
			ics.line("DESCRIPTION:" + escape(description.apply(entry)));
			ics.line("LOCATION:" + escape(entry.place() != null ? entry.place() + ", " + entry.communeName()
					: entry.communeName()));
			ics.line("URL:" + baseUrl + entry.link());
			ics.line("END:VEVENT");
		}
		ics.line("END:VCALENDAR");
		return ics.out.toString();
	}

	/**
	 * When an event with a start hour ends: its end hour on its last day when given; otherwise the end of the working
	 * day on the last day of a visit over several days, or a usual length (a visit half a day, a meeting two hours).
	 */
	private static Instant end(CalendarEntries.Entry entry, Instant start) {
		if (entry.endTime() != null) {
			return entry.lastDay().atTime(entry.endTime()).atZone(VIETNAM).toInstant();
		}
		if (entry.endsOn() != null) {
			return entry.endsOn().atTime(END_OF_WORKING_DAY).atZone(VIETNAM).toInstant();
		}
		return start.plus(Duration.ofHours(entry.type().equals("visit") ? 4 : 2));
	}

	/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as {@code \n}. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\r", "\\n").replace("\n", "\\n");
	}

	/** Appends a content line, folded so that no physical line passes 75 octets (§3.1). */
	private void line(String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
