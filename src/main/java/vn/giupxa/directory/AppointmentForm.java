package vn.giupxa.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * Seats an official (chosen by search or by number) in a position from a day; acting = "quyền", "phụ trách".
 * {@code acting} is a Boolean so that a request without the checkbox still binds (as not acting).
 */
record AppointmentForm(
		@NotNull(message = "{directory.appointment.official.required}") Long officialId,
		@NotNull(message = "{directory.appointment.startOn.required}") LocalDate startOn,
		Boolean acting) {
}
