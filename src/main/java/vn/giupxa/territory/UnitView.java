package vn.giupxa.territory;

import java.time.LocalDate;

/**
 * One version of an administrative unit as read by other modules and the API.
 *
 * @param validFrom null when the start of the unit's validity is not recorded in the source list
 * @param validTo last day of validity (inclusive); null while in force
 */
public record UnitView(long id, String code, String name, UnitLevel level, String unitType, String parentCode,
		String parentName, String path, LocalDate validFrom, LocalDate validTo) {

	public boolean validOn(LocalDate date) {
		return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
	}
}
