package vn.giupxa.territory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A village to add under a commune. */
record VillageForm(@NotBlank(message = "{village.name.required}") @Size(max = 150) String name,
		@NotNull(message = "{village.type.required}") VillageType type,
		@NotNull(message = "{village.validFrom.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {
}
