package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * An agency merged into a successor from {@code effectiveOn} (its last day is the day before).
 *
 * @param successorPositions for each carried-over position of the merged agency, the successor's position
 */
public record AgencyMergerView(long agencyId, String agencyName, long successorAgencyId, String successorName,
		LocalDate effectiveOn, Map<Long, Long> successorPositions) {

	public AgencyMergerView {
		successorPositions = Map.copyOf(successorPositions);
	}

	/** The successor's position that carries the given position on, if it was mapped. */
	public Optional<Long> successorOf(long positionId) {
		return Optional.ofNullable(successorPositions.get(positionId));
	}
}
