package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.List;

/** A decision as its page shows it, with each line's helper on the first day, team and noted changes. */
record DecisionView(long id, Tier tier, String issuerName, String issuerCode, int year, String number, String title,
		LocalDate signedOn, String signerName, String signerTitle, String legalBasis, DecisionStatus status,
		Long supersedesId, boolean hasFile, long version, List<Line> lines) {

	public boolean draft() {
		return status == DecisionStatus.DRAFT;
	}

	public String displayNumber() {
		return number != null ? number : "#" + id;
	}

	/** One assignment of the decision. */
	record Line(AssignmentLine assignment, Helper helper, List<TeamMemberLine> team, List<Assignment.Change> changes) {
	}
}
