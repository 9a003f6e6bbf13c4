package vn.giupxa.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new position of an agency; a lower rank is listed first. */
record PositionForm(
		@NotBlank(message = "{directory.position.title.required}")
		@Size(max = 200, message = "{directory.position.title.size}") String title,
		@NotNull(message = "{directory.position.kind.required}") PositionKind kind,
		@NotNull(message = "{directory.rank.required}")
		@Min(value = 1, message = "{directory.rank.range}") @Max(value = 999, message = "{directory.rank.range}") Integer rank,
		LocalDate validFrom) {

	static PositionForm empty() {
		return new PositionForm("", PositionKind.DEPUTY_HEAD, 100, null);
	}
}
