package vn.giupxa.directory;

import java.time.LocalDate;

/**
 * Who sat in a position on a given day, and how to reach them.
 *
 * @param endOn last day in the position (inclusive); null while they hold it
 * @param acting true for an acting holder ("quyền", "phụ trách")
 */
public record PositionHolderView(long holdingId, long positionId, String positionTitle, long agencyId,
		String agencyName, long officialId, String officialName, String email, String phone, LocalDate startOn,
		LocalDate endOn, boolean acting) {
}
