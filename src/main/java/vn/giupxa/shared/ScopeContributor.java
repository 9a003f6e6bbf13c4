package vn.giupxa.shared;

import java.time.LocalDate;
import java.util.Set;

/**
 * Adds unit paths to an account's scope beyond its own units, so that the account module needs to know no
 * module that grants places: e.g. the communes an official helps through an assignment on that date.
 */
public interface ScopeContributor {

	/** Materialised paths ({@code /15/02839/}) the official may see on the date; empty when none. */
	Set<String> pathsFor(long officialId, LocalDate date);
}
