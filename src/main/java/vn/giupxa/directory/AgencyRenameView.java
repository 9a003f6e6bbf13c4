package vn.giupxa.directory;

import java.time.LocalDate;

/** An agency's change of name: from {@code effectiveOn} it is called {@code newName} instead of {@code oldName}. */
public record AgencyRenameView(long agencyId, String oldName, String oldShortName, String newName,
		String newShortName, LocalDate effectiveOn) {
}
