package vn.giupxa.obstacle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A category of difficulties the administrator adds or renames; inactive ones are no longer offered. */
record CategoryForm(
		@NotBlank(message = "{obstacle.categories.code.required}")
		@Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{obstacle.categories.code.pattern}") String code,
		@NotBlank(message = "{obstacle.categories.name.required}") @Size(max = 150) String nameVi,
		@NotBlank(message = "{obstacle.categories.name.required}") @Size(max = 150) String nameEn,
		@NotNull(message = "{obstacle.categories.rank.required}") @Min(0) @Max(9999) Integer rank,
		Boolean active) {

	CategoryForm {
		active = active == null || active;
	}
}
