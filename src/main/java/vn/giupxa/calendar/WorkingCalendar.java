package vn.giupxa.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Working-day arithmetic for deadlines. Civil servants work Monday to Friday; the calendar table
 * removes holidays and days off in lieu and adds make-up working days. Read from the database on
 * each call, so every node sees an administrator's change at once.
 */
@Service
public class WorkingCalendar {

	private final JdbcClient jdbc;

	WorkingCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate date) {
		return isWorkingDay(date, entries(date, date));
	}

	/**
	 * The date that lies {@code workingDays} working days after {@code start} (start itself not counted).
	 * With zero, a start on a day off moves to the next working day.
	 */
	public LocalDate addWorkingDays(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative");
		}
		Map<LocalDate, DayKind> entries = entries(start, start.plusDays(workingDays * 2L + 45));
		LocalDate date = start;
		int counted = 0;
		while (counted < workingDays || !isWorkingDay(date, entries)) {
			date = date.plusDays(1);
			if (isWorkingDay(date, entries)) {
				counted++;
			}
		}
		return date;
	}

	/** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after {@code from}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		Map<LocalDate, DayKind> entries = entries(from, to);
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date, entries)) {
				count++;
			}
		}
		return count;
	}

	private static boolean isWorkingDay(LocalDate date, Map<LocalDate, DayKind> entries) {
		DayKind kind = entries.get(date);
		if (kind != null) {
			return kind.isWorking();
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private Map<LocalDate, DayKind> entries(LocalDate from, LocalDate to) {
		Map<LocalDate, DayKind> entries = new HashMap<>();
		jdbc.sql("SELECT day, kind FROM calendar_day WHERE day BETWEEN :from AND :to")
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				entries.put(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")));
			});
		return entries;
	}
}
