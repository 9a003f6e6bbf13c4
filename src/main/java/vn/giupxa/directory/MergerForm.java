package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The agency is merged into the successor (by code) from a date; {@code successorPositions} gives, for each of its
 * positions (by id), the successor's position (by id) that carries it on (absent: not carried over). The form is
 * filled in two steps: the successor and the date first, then each position is chosen from the successor's
 * positions in force on that date.
 */
record MergerForm(
		@NotBlank(message = "{directory.merger.successor.required}") String successorCode,
		@NotNull(message = "{directory.merger.effectiveOn.required}") LocalDate effectiveOn,
		Map<Long, Long> successorPositions) {

	MergerForm {
		successorPositions = successorPositions == null ? Map.of() : successorPositions;
	}

	static MergerForm empty() {
		return new MergerForm("", null, Map.of());
	}

	/** Both steps' first answers known: the successor's positions can be offered. */
	boolean successorChosen() {
		return successorCode != null && !successorCode.isBlank() && effectiveOn != null;
	}

	/** The second step as first shown: each position carried over to the successor's position of the same title. */
	MergerForm proposing(List<PositionView> own, List<PositionView> successors) {
		Locale vietnamese = Locale.forLanguageTag("vi");
		Map<Long, Long> proposed = new LinkedHashMap<>();
		for (PositionView position : own) {
			successors.stream()
				.filter(s -> s.title().toLowerCase(vietnamese).equals(position.title().toLowerCase(vietnamese)))
				.findFirst()
				.ifPresent(s -> proposed.put(position.id(), s.id()));
		}
		return new MergerForm(successorCode, effectiveOn, proposed);
	}
}
