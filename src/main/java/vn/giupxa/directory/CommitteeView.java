package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A committee of a unit with its members, ordered by rank and then by name (Vietnamese order).
 * Which members are included depends on the query (in force on a date, or the whole history).
 */
public record CommitteeView(long id, long unitId, CommitteeKind kind, String name, LocalDate validFrom,
		LocalDate validTo, List<CommitteeMemberView> members) {

	public CommitteeView {
		members = List.copyOf(members);
	}

	public boolean validOn(LocalDate date) {
		return Dates.within(validFrom, validTo, date);
	}
}
