package vn.giupxa.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An entry the administrator adds or changes. */
record CalendarDayForm(
		@NotNull(message = "{calendar.day.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
		@NotNull(message = "{calendar.kind.required}") DayKind kind,
		@NotBlank(message = "{calendar.name.required}") @Size(max = 200) String name,
		@Size(max = 300) String source) {
}
