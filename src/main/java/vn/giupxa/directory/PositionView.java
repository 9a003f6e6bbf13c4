package vn.giupxa.directory;

import java.time.LocalDate;

/** A position (seat) of an agency; lower {@code rank} comes first. */
public record PositionView(long id, long agencyId, String title, PositionKind kind, int rank, LocalDate validFrom,
		LocalDate validTo) {

	public boolean validOn(LocalDate date) {
		return Dates.within(validFrom, validTo, date);
	}
}
