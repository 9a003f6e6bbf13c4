package vn.giupxa.assignment;

import java.time.LocalDate;
import java.time.Instant;

/** A handover with the names of the officials. */
record HandoverLine(long id, long assignmentId, String previousOfficialName, String newOfficialName,
		LocalDate startOn, Instant recordedAt, String positionTitle, String agencyShortName, String unitName) {
}
