package vn.giupxa.assignment;

import java.time.LocalDate;

/** A help-team membership with how to reach the member; {@code startOn} null: from the assignment's start. */
record TeamMemberLine(long id, long assignmentId, long officialId, String officialName, String email, String phone,
		boolean leader, LocalDate startOn, LocalDate endOn) {

	boolean inTeamOn(LocalDate date) {
		return Dates.within(startOn, endOn, date);
	}
}
