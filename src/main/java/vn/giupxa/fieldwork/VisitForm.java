package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a helper types to plan a visit: the commune, the day (and, for a visit over several days, the last day),
 * the hours, and the content to work on (mandatory).
 */
record VisitForm(
		@NotBlank(message = "{fieldwork.visit.commune.required}") String communeCode,
		@NotNull(message = "{fieldwork.visit.plannedOn.required}") LocalDate plannedOn,
		LocalTime startTime,
		LocalDate endsOn,
		LocalTime endTime,
		@NotBlank(message = "{fieldwork.visit.agenda.required}") @Size(max = 10000, message = "{fieldwork.visit.agenda.tooLong}") String agenda,
		@Size(max = 2000, message = "{fieldwork.visit.participants.tooLong}") String participants) {

	static VisitForm empty(String communeCode) {
		return new VisitForm(communeCode, null, null, null, null, "", "");
	}
}
