package vn.giupxa.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An agency as typed: the unit is given by its official code (in force today, or on the last day
 * of the agency), the parent agency by its code.
 */
record AgencyForm(
		@NotBlank(message = "{directory.agency.code.required}")
		@Pattern(regexp = "[A-Za-z0-9._-]{1,32}", message = "{directory.agency.code.pattern}") String code,
		@NotBlank(message = "{directory.agency.name.required}")
		@Size(max = 300, message = "{directory.agency.name.size}") String name,
		@Size(max = 60, message = "{directory.agency.shortName.size}") String shortName,
		@NotNull(message = "{directory.agency.kind.required}") AgencyKind kind,
		@NotBlank(message = "{directory.agency.unitCode.required}") String unitCode,
		String parentAgencyCode,
		@Email(regexp = OfficialForm.EMAIL, message = "{directory.email.invalid}")
		@Size(max = 200, message = "{directory.email.size}") String email,
		@Pattern(regexp = OfficialForm.PHONE, message = "{directory.phone.invalid}") String phone,
		@Size(max = 300, message = "{directory.agency.address.size}") String address,
		LocalDate validFrom,
		LocalDate validTo,
		Long version) {

	static AgencyForm empty() {
		return new AgencyForm("", "", "", AgencyKind.DEPARTMENT, "", "", "", "", "", null, null, null);
	}
}
