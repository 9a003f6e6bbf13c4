package vn.giupxa.directory;

import java.time.LocalDate;

/**
 * One term of one official in one position: a line of a position's history or of an official's career.
 *
 * @param endOn last day in the position (inclusive); null while they hold it
 */
public record HoldingView(long id, long positionId, String positionTitle, long agencyId, String agencyName,
		long officialId, String officialName, LocalDate startOn, LocalDate endOn, boolean acting) {

	public boolean inForceOn(LocalDate date) {
		return Dates.within(startOn, endOn, date);
	}
}
