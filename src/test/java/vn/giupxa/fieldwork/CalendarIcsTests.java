package vn.giupxa.fieldwork;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar text is checked the way a parser reads it: lines, folding, escaping, then the properties. */
class CalendarIcsTests {

	private static final String AGENDA = "Họp bàn: đường, trường; kênh \\ mương\nDòng hai của nội dung làm việc "
			+ "rất dài để phải gập dòng nhiều lần: giao thông nông thôn, thủy lợi, điện, trường học, cơ sở vật chất văn hóa.";

	private static String write(List<CalendarEntries.Entry> entries) {
		return CalendarIcs.write("GiupXa: lịch của xa.bacha", entries, entry -> "Đi cơ sở: " + entry.communeName(),
				CalendarEntries.Entry::agenda, "http://localhost:8080", Instant.parse("2026-11-26T01:02:03Z"));
	}

	@Test
	void everyLineEndsWithCrlfAndNoPhysicalLinePasses75Octets() {
		String ics = write(List.of(visit(LocalTime.of(8, 30))));
		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics).contains("\r\n ").as("the long description is folded");
		// No UTF-8 character is cut at a fold: every physical line decodes on its own.
		for (String line : ics.split("\r\n")) {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(line).doesNotContain("\uFFFD");
		}
	}

	@Test
	void unfoldedTextUnescapesToWhatWasWritten() {
		Map<String, String> event = events(write(List.of(visit(LocalTime.of(8, 30))))).get(0);
		assertThat(event.get("DESCRIPTION")).contains("\\,").contains("\\;").contains("\\\\").contains("\\n")
			.doesNotContain("\n");
		assertThat(unescape(event.get("DESCRIPTION"))).isEqualTo(AGENDA);
		assertThat(unescape(event.get("SUMMARY"))).isEqualTo("Đi cơ sở: Xã Bắc Hà");
		assertThat(event.get("UID")).isEqualTo("visit-42@giupxa");
		assertThat(event.get("DTSTAMP")).isEqualTo("20261126T010203Z");
		assertThat(event.get("DTSTART")).as("08:30 in Hà Nội is 01:30 UTC").isEqualTo("20261203T013000Z");
		assertThat(event.get("URL")).isEqualTo("http://localhost:8080/visits/42");
	}

	@Test
	void aDayWithoutStartTimeIsAnAllDayEvent() {
		Map<String, String> event = events(write(List.of(visit(null)))).get(0);
		assertThat(event.get("DTSTART;VALUE=DATE")).isEqualTo("20261203");
		assertThat(event.get("DTEND;VALUE=DATE")).isEqualTo("20261204");
	}

	@Test
	void aVisitOverSeveralDaysEndsOnItsLastDay() {
		CalendarEntries.Entry allDays = new CalendarEntries.Entry("visit", 43, "02839", "Xã Bắc Hà", "/15/02839/", LocalDate.of(2026, 12, 3),
				null, LocalDate.of(2026, 12, 5), null, AGENDA, "NOTIFIED", null, null, 0);
		CalendarEntries.Entry withHours = new CalendarEntries.Entry("visit", 44, "02839", "Xã Bắc Hà", "/15/02839/", LocalDate.of(2026, 12, 3),
				LocalTime.of(8, 0), LocalDate.of(2026, 12, 4), LocalTime.of(11, 30), AGENDA, "NOTIFIED", null, null, 0);
		List<Map<String, String>> events = events(write(List.of(allDays, withHours)));
		assertThat(events.get(0).get("DTEND;VALUE=DATE")).isEqualTo("20261206");
		assertThat(events.get(1).get("DTSTART")).isEqualTo("20261203T010000Z");
		assertThat(events.get(1).get("DTEND")).isEqualTo("20261204T043000Z");
	}

	private static CalendarEntries.Entry visit(LocalTime time) {
		return new CalendarEntries.Entry("visit", 42, "02839", "Xã Bắc Hà", "/15/02839/", LocalDate.of(2026, 12, 3), time, null, null,
				AGENDA, "NOTIFIED", null, null, 3);
	}

	/** A minimal RFC 5545 reader: unfold, split name from value at the first colon, collect each VEVENT. */
	static List<Map<String, String>> events(String ics) {
		List<Map<String, String>> events = new ArrayList<>();
		Map<String, String> current = null;
		for (String line : ics.replace("\r\n ", "").split("\r\n")) {
			int colon = line.indexOf(':');
			String name = line.substring(0, colon);
			String value = line.substring(colon + 1);
			if (line.equals("BEGIN:VEVENT")) {
				current = new LinkedHashMap<>();
			}
			else if (line.equals("END:VEVENT")) {
				events.add(current);
				current = null;
			}
			else if (current != null) {
				current.put(name, value);
			}
		}
		return events;
	}

	static String unescape(String value) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				text.append(next == 'n' || next == 'N' ? '\n' : next);
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}
}
