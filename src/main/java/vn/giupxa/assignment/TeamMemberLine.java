package vn.giupxa.assignment;

/** A help-team member with how to reach them. */
record TeamMemberLine(long id, long assignmentId, long officialId, String officialName, String email, String phone,
		boolean leader) {
}
