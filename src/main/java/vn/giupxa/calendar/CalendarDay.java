package vn.giupxa.calendar;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One entry of the holiday calendar: a holiday, a day off in lieu or a make-up working day. */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

	@Id
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	private String source;

	private boolean verified;

	@Version
	private long version;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate day, DayKind kind, String name, String source) {
		this.day = day;
		change(kind, name, source);
	}

	/** An administrator's entry counts as verified: they maintain the calendar from the official announcement. */
	void change(DayKind newKind, String newName, String newSource) {
		this.kind = newKind;
		this.name = newName;
		this.source = newSource;
		this.verified = true;
	}

	LocalDate getDay() {
		return day;
	}

	long getVersion() {
		return version;
	}
}
