package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The agency is merged into the successor (by code) from a date; {@code successorTitles} gives, for each of its
 * positions (by id), the title of the successor's position that carries it on (blank: not carried over).
 */
record MergerForm(
		@NotBlank(message = "{directory.merger.successor.required}") String successorCode,
		@NotNull(message = "{directory.merger.effectiveOn.required}") LocalDate effectiveOn,
		Map<Long, String> successorTitles) {

	MergerForm {
		successorTitles = successorTitles == null ? Map.of() : successorTitles;
	}

	/** The form as first shown: each position carried over to one of the same title. */
	static MergerForm proposing(java.util.List<PositionView> positions) {
		Map<Long, String> titles = new java.util.LinkedHashMap<>();
		positions.forEach(position -> titles.put(position.id(), position.title()));
		return new MergerForm("", null, titles);
	}
}
