package vn.giupxa.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an officer types to add or change an official; the CSV import checks each row with the same rules. */
record OfficialForm(
		@NotBlank(message = "{directory.official.fullName.required}")
		@Size(max = 150, message = "{directory.official.fullName.size}") String fullName,
		@Email(regexp = EMAIL, message = "{directory.email.invalid}")
		@Size(max = 200, message = "{directory.email.size}") String email,
		@Pattern(regexp = PHONE, message = "{directory.phone.invalid}") String phone,
		@Size(max = 300, message = "{directory.official.note.size}") String note,
		Long version) {

	/** An address with a domain that has a dot: "ten@so.gov.vn". */
	static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	/** Digits with the usual separators, 6 to 40 characters, or nothing. */
	static final String PHONE = "|[+]?[0-9][0-9 ().-]{5,38}";

	static OfficialForm empty() {
		return new OfficialForm("", "", "", "", null);
	}
}
