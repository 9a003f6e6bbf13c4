package vn.giupxa.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds unit paths to an account's scope beyond its own units, so that the account module needs to know no
 * module that grants places: e.g. the communes an official helps through an assignment on that date.
 */
public interface ScopeContributor {

	/** Materialised paths ({@code /15/02839/}) the official may see on the date; empty when none. */
	Set<String> pathsFor(long officialId, LocalDate date);

	/**
	 * The paths the official may see on some day from {@code from} to {@code to}, each with the days it held
	 * within them: what {@link #pathsFor} gives on each of those days. A path may come in several spans.
	 */
	default List<Span> spansFor(long officialId, LocalDate from, LocalDate to) {
		return spansFor(List.of(officialId), from, to).getOrDefault(officialId, List.of());
	}

	/** {@link #spansFor(long, LocalDate, LocalDate)} of many officials at once; an official with none is left out. */
	Map<Long, List<Span>> spansFor(Collection<Long> officialIds, LocalDate from, LocalDate to);

	/** A path seen from {@code first} to {@code last}, both days included. */
	record Span(String path, LocalDate first, LocalDate last) {
	}
}
