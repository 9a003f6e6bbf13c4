package vn.giupxa.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * A help-team member, chosen by the official's number in the directory; {@code startOn} is asked for once the
 * decision is issued (a draft's team starts with the assignment).
 */
record MemberForm(@NotNull(message = "{assignment.member.official.required}") Long officialId, Boolean leader,
		LocalDate startOn) {

	static MemberForm empty() {
		return new MemberForm(null, false, null);
	}
}
