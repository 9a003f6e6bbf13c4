package vn.giupxa.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as users read them (dd/MM/yyyy), for the arguments of rule messages; and inclusive validity checks. */
final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Dates() {
	}

	static String format(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	/** True when the date lies in [from, to], either end open when null. */
	static boolean within(LocalDate from, LocalDate to, LocalDate date) {
		return (from == null || !from.isAfter(date)) && (to == null || !to.isBefore(date));
	}
}
