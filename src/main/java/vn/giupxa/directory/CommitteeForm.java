package vn.giupxa.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new committee of the unit with this official code. */
record CommitteeForm(
		@NotBlank(message = "{directory.committee.unit.required}") String unitCode,
		@NotNull(message = "{directory.committee.kind.required}") CommitteeKind kind,
		@NotBlank(message = "{directory.committee.name.required}")
		@Size(max = 300, message = "{directory.committee.name.size}") String name,
		LocalDate validFrom) {

	static CommitteeForm forUnit(String unitCode) {
		return new CommitteeForm(unitCode, CommitteeKind.STEERING_COMMITTEE, "", null);
	}
}
