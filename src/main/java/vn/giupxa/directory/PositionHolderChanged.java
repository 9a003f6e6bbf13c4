package vn.giupxa.directory;

import java.time.LocalDate;

/**
 * Published when the directory records a new holder of a position: from {@code startOn} the seat is held by
 * {@code newOfficialId}; {@code previousOfficialId} held it the day before (null when it was vacant). Other
 * modules react to it (an assignment of the position carries on with the new holder) after the change commits.
 */
public record PositionHolderChanged(long positionId, Long previousOfficialId, long newOfficialId, LocalDate startOn) {

	static PositionHolderChanged of(Position position, PositionHolding appointed) {
		Long previous = position.holdingOn(appointed.getStartOn().minusDays(1))
			.map(PositionHolding::getOfficialId)
			.orElse(null);
		return new PositionHolderChanged(position.getId(), previous, appointed.getOfficialId(), appointed.getStartOn());
	}
}
