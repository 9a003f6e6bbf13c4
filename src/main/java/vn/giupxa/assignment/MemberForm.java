package vn.giupxa.assignment;

import jakarta.validation.constraints.NotNull;

/** A help-team member, chosen by the official's number in the directory. */
record MemberForm(@NotNull(message = "{assignment.member.official.required}") Long officialId, Boolean leader) {

	static MemberForm empty() {
		return new MemberForm(null, false);
	}
}
