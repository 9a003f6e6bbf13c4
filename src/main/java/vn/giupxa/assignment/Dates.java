package vn.giupxa.assignment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Inclusive date ranges and the dd/MM/yyyy form used in messages. */
final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Dates() {
	}

	static String format(LocalDate date) {
		return date == null ? "…" : DAY.format(date);
	}

	/** True when [start1, end1] and [start2, end2] share a day; a null end is open. */
	static boolean overlap(LocalDate start1, LocalDate end1, LocalDate start2, LocalDate end2) {
		return (end2 == null || !start1.isAfter(end2)) && (end1 == null || !start2.isAfter(end1));
	}

	static boolean within(LocalDate start, LocalDate end, LocalDate date) {
		return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
	}
}
