package vn.giupxa.directory;

import java.time.LocalDate;

/**
 * An official's seat in a committee.
 *
 * @param endOn last day in the committee (inclusive); null while they sit
 */
public record CommitteeMemberView(long id, long officialId, String officialName, String roleTitle, int rank,
		LocalDate startOn, LocalDate endOn) {

	public boolean inForceOn(LocalDate date) {
		return Dates.within(startOn, endOn, date);
	}
}
