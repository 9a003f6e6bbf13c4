package vn.giupxa.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds an official to a committee with a role title (Trưởng ban, Phó Trưởng ban, Thành viên…). */
record MemberForm(
		@NotNull(message = "{directory.member.official.required}") Long officialId,
		@NotBlank(message = "{directory.member.roleTitle.required}")
		@Size(max = 200, message = "{directory.member.roleTitle.size}") String roleTitle,
		@NotNull(message = "{directory.rank.required}")
		@Min(value = 1, message = "{directory.rank.range}") @Max(value = 999, message = "{directory.rank.range}") Integer rank,
		@NotNull(message = "{directory.member.startOn.required}") LocalDate startOn) {

	static MemberForm empty(Long officialId, LocalDate startOn) {
		return new MemberForm(officialId, "", 100, startOn);
	}
}
