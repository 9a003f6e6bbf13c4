package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.giupxa.directory.Directory;
import vn.giupxa.directory.PositionHolderView;
import vn.giupxa.directory.PositionKind;

/**
 * Derives who helps on a day from the directory: the holder of the assigned position; when the seat is
 * vacant, the agency's head carries it on (so a commune never shows "no helper"); a sponsorship names the agency.
 */
@Component
class Helpers {

	private final Directory directory;

	Helpers(Directory directory) {
		this.directory = directory;
	}

	Helper on(AssignmentLine line, LocalDate date) {
		if (line.positionId() != null) {
			Optional<PositionHolderView> holder = directory.holderOn(line.positionId(), date);
			if (holder.isPresent()) {
				return of(holder.get(), line, false);
			}
			Optional<PositionHolderView> head = directory.positionsOf(line.agencyId(), date)
				.stream()
				.filter(position -> position.kind() == PositionKind.HEAD)
				.map(position -> directory.holderOn(position.id(), date))
				.flatMap(Optional::stream)
				.findFirst();
			if (head.isPresent()) {
				return of(head.get(), line, true);
			}
		}
		return new Helper(null, line.positionTitle(), line.agencyName(), line.agencyEmail(), line.agencyPhone(),
				line.positionId() != null);
	}

	private static Helper of(PositionHolderView holder, AssignmentLine line, boolean carried) {
		return new Helper(holder.officialName(), holder.positionTitle(), line.agencyName(),
				holder.email() != null ? holder.email() : line.agencyEmail(),
				holder.phone() != null ? holder.phone() : line.agencyPhone(), carried);
	}
}
