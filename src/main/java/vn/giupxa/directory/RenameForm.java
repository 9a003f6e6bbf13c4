package vn.giupxa.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new name of an agency and the first day it is used. */
record RenameForm(
		@NotBlank(message = "{directory.agency.name.required}")
		@Size(max = 300, message = "{directory.agency.name.size}") String newName,
		@Size(max = 60, message = "{directory.agency.shortName.size}") String newShortName,
		@NotNull(message = "{directory.rename.effectiveOn.required}") LocalDate effectiveOn) {

	static RenameForm empty() {
		return new RenameForm("", "", null);
	}
}
