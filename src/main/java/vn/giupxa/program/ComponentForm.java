package vn.giupxa.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new program component as typed by the Coordination Office. */
record ComponentForm(Long parentId,
		@NotNull(message = "{program.component.kind.required}") ComponentKind kind,
		@NotBlank(message = "{program.component.number.required}")
		@Pattern(regexp = "[0-9A-Za-z]{1,4}(\\.[0-9A-Za-z]{1,4}){0,3}", message = "{program.component.number.pattern}") String number,
		@NotBlank(message = "{program.component.name.required}") @Size(max = 500, message = "{program.component.name.size}") String name,
		@Size(max = 600, message = "{program.component.source.size}") String source) {

	static ComponentForm empty() {
		return new ComponentForm(null, ComponentKind.PROJECT, "", "", "");
	}
}
