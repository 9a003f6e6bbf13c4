package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a commune officer types to publish a meeting: kind, day, time, place, village (optional) and agenda. */
record MeetingForm(
		@NotBlank(message = "{fieldwork.visit.commune.required}") String communeCode,
		@NotNull(message = "{fieldwork.meeting.kind.required}") MeetingKind kind,
		@NotNull(message = "{fieldwork.meeting.heldOn.required}") LocalDate heldOn,
		LocalTime startTime,
		@NotBlank(message = "{fieldwork.meeting.place.required}") @Size(max = 300, message = "{fieldwork.meeting.place.tooLong}") String place,
		Long villageId,
		@NotBlank(message = "{fieldwork.meeting.agenda.required}") @Size(max = 10000, message = "{fieldwork.visit.agenda.tooLong}") String agenda) {

	static MeetingForm empty(String communeCode) {
		return new MeetingForm(communeCode, null, null, null, "", null, "");
	}
}
