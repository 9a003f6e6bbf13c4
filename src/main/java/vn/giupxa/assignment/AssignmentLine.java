package vn.giupxa.assignment;

import java.time.LocalDate;

/** One assignment as the pages, the exports and the API read it (names joined in). */
record AssignmentLine(long id, long decisionId, String decisionNumber, DecisionStatus decisionStatus,
		AssignmentKind kind, long agencyId, String agencyName, String agencyShortName, String agencyEmail,
		String agencyPhone, Long positionId, String positionTitle, long unitId, String unitCode, String unitName,
		String unitPath, LocalDate startOn, LocalDate endOn, Long replacesId) {

	public boolean inForceOn(LocalDate date) {
		return Dates.within(startOn, endOn, date);
	}

	/** The same line with the agency named as it was on some date (a rename since keeps the old decision's text). */
	AssignmentLine withAgencyNames(String name, String shortName) {
		return new AssignmentLine(id, decisionId, decisionNumber, decisionStatus, kind, agencyId, name, shortName,
				agencyEmail, agencyPhone, positionId, positionTitle, unitId, unitCode, unitName, unitPath, startOn, endOn,
				replacesId);
	}

	/** "Giám đốc – Sở NN&MT", or the agency alone for a sponsorship. */
	public String helperLabel() {
		return positionTitle == null ? agencyShortName : positionTitle + " – " + agencyShortName;
	}
}
