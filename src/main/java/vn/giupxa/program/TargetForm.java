package vn.giupxa.program;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A plan target as typed: a unit, one program item (program + number) or one indicator (set + code), a period and a figure. */
record TargetForm(@NotBlank(message = "{program.target.unit.required}") String unitCode,
		String programCode, String componentNumber, String setCode, String indicatorCode,
		@NotBlank(message = "{program.target.name.required}") @Size(max = 300, message = "{program.target.name.size}") String name,
		@NotBlank(message = "{program.target.measureUnit.required}") @Size(max = 40, message = "{program.target.measureUnit.size}") String measureUnit,
		@NotBlank(message = "{program.target.period.required}") String period,
		@NotNull(message = "{program.target.planned.required}") @DecimalMin(value = "0", message = "{program.value.negative}") BigDecimal planned) {

	static TargetForm empty() {
		return new TargetForm("", "", "", "", "", "", "", "", null);
	}
}
