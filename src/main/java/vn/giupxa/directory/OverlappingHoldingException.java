package vn.giupxa.directory;

import java.time.LocalDate;

import vn.giupxa.shared.BusinessRuleException;

/** An appointment whose term would overlap another holding of the same position. */
class OverlappingHoldingException extends BusinessRuleException {

	OverlappingHoldingException(PositionHolding existing, LocalDate requestedStart) {
		super(existing.isOpen() ? "directory.holding.overlap.open" : "directory.holding.overlap",
				Dates.format(requestedStart), Dates.format(existing.getStartOn()), Dates.format(existing.getEndOn()));
	}
}
