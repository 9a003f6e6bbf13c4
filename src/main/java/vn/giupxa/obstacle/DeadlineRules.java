package vn.giupxa.obstacle;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giupxa.calendar.WorkingCalendar;

/**
 * How long each level has: working days per level, with category-specific rows overriding the
 * level's default, counted on the holiday calendar.
 */
@Component
class DeadlineRules {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	DeadlineRules(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	int workingDaysFor(ObstacleLevel level, String categoryCode) {
		return jdbc.sql("""
				SELECT working_days FROM obstacle_deadline_rule
				WHERE level = :level AND (category_code = :category OR category_code IS NULL)
				ORDER BY category_code NULLS LAST LIMIT 1""")
			.param("level", level.name())
			.param("category", categoryCode)
			.query(Integer.class)
			.optional()
			.orElse(10);
	}

	/** The due date of an item arriving at a level on {@code start}. */
	LocalDate dueOn(ObstacleLevel level, String categoryCode, LocalDate start) {
		return calendar.addWorkingDays(start, workingDaysFor(level, categoryCode));
	}

	/** The due date moved on by the working days the clock stood still. */
	LocalDate extendedBy(LocalDate dueOn, LocalDate pausedSince, LocalDate resumedOn) {
		return calendar.addWorkingDays(dueOn, calendar.workingDaysBetween(pausedSince, resumedOn));
	}
}
