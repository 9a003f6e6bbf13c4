package vn.giupxa.directory;

import java.time.LocalDate;

/**
 * An agency as other modules read it, with the administrative unit it is attached to.
 *
 * @param validTo last day of validity (inclusive); null while in force
 */
public record AgencyView(long id, String code, String name, String shortName, AgencyKind kind, long unitId,
		String unitCode, String unitName, Long parentAgencyId, String parentAgencyCode, String parentAgencyName,
		String email, String phone, String address, LocalDate validFrom, LocalDate validTo) {

	public boolean validOn(LocalDate date) {
		return Dates.within(validFrom, validTo, date);
	}

	/** The short name when there is one, for tables and menus. */
	public String displayName() {
		return shortName != null ? shortName : name;
	}
}
