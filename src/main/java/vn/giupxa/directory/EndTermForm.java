package vn.giupxa.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The last day (inclusive) of a holding or of a committee seat. */
record EndTermForm(@NotNull(message = "{directory.endOn.required}") LocalDate endOn) {
}
