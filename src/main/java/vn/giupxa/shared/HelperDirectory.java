package vn.giupxa.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Who helps which commune during a span of days, so that a module can filter its communes by helper without
 * knowing the module that assigns helpers. A helper is an assigned position (the seat, not the person).
 */
public interface HelperDirectory {

	/** Helpers with a help assignment in force on some day of [from, to] for a commune under the area path. */
	List<HelperEntry> helpers(String areaPath, LocalDate from, LocalDate to);

	/** Materialised paths of the communes the helper helps on some day of [from, to]; empty when none. */
	Set<String> communesOf(long helperId, LocalDate from, LocalDate to);

	/** A helper as a filter offers it: the position's id and "title – agency". */
	record HelperEntry(long id, String label) {
	}
}
