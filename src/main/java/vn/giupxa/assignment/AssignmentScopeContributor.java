package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.directory.Directory;
import vn.giupxa.directory.HoldingView;
import vn.giupxa.shared.ScopeContributor;

/**
 * An official sees the communes of the issued assignments in force on the day whose position they hold, or
 * whose help team they are in; over a range of days, each commune with the days that held.
 */
@Component
class AssignmentScopeContributor implements ScopeContributor {

	private final Directory directory;

	private final Assignments assignments;

	AssignmentScopeContributor(Directory directory, Assignments assignments) {
		this.directory = directory;
		this.assignments = assignments;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> pathsFor(long officialId, LocalDate date) {
		Set<String> paths = new HashSet<>();
		assignments.ofOfficial(officialId, heldPositions(officialId, date), date)
			.forEach(line -> paths.add(line.unitPath()));
		return paths;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Span> spansFor(long officialId, LocalDate from, LocalDate to) {
		List<HoldingView> held = directory.holdingsOf(officialId)
			.stream()
			.filter(holding -> Dates.overlap(from, to, holding.startOn(), holding.endOn()))
			.toList();
		return assignments.spansOfOfficial(officialId, held, from, to);
	}

	List<Long> heldPositions(long officialId, LocalDate date) {
		return directory.holdingsOf(officialId)
			.stream()
			.filter(holding -> holding.inForceOn(date))
			.map(HoldingView::positionId)
			.toList();
	}
}
