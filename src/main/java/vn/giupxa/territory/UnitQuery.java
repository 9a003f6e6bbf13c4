package vn.giupxa.territory;

import java.time.LocalDate;

/**
 * A search over the map as of a date: by level, parent code and accent-insensitive text.
 */
public record UnitQuery(UnitLevel level, LocalDate asOf, String parentCode, String text, int page, int size) {

	public UnitQuery {
		if (asOf == null) {
			throw new IllegalArgumentException("asOf is required");
		}
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), 200);
	}
}
