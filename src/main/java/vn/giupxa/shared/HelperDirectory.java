package vn.giupxa.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Who helps which commune during a span of days, so that a module can filter its communes by helper without
 * knowing the module that assigns helpers. A helper is an assigned position (the seat, not the person): it helps
 * the communes of its issued help assignments, whether held or vacant, and a handover changes nothing. Over a span
 * it helps what it helps on some day of the span.
 * <p>
 * Deliberately narrower than {@link ScopeContributor#pathsFor} (what an official sees at login): whoever holds the
 * seat on a day sees its communes, and also those of the help teams they are in and of assignments of another kind
 * naming the seat, which this directory leaves out. {@code HelperDirectoryAgreementTests} holds the two together.
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
