package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.directory.Directory;
import vn.giupxa.directory.HoldingView;
import vn.giupxa.shared.ScopeContributor;

/**
 * An official sees the communes of the issued assignments in force on the day whose position they hold, or
 * whose help team they are in ({@link Assignments#ofOfficial}); over a range of days, each commune with the days
 * that held ({@link Assignments#helped}, for many officials in one read).
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
	public Map<Long, List<Span>> spansFor(Collection<Long> officialIds, LocalDate from, LocalDate to) {
		Map<Long, List<Span>> spans = new HashMap<>();
		assignments.helped(officialIds, directory.holdingsOf(officialIds), from, to)
			.forEach(helped -> spans.computeIfAbsent(helped.officialId(), official -> new ArrayList<>())
				.add(new Span(helped.line().unitPath(), helped.first(), helped.last())));
		return spans;
	}

	List<Long> heldPositions(long officialId, LocalDate date) {
		return directory.holdingsOf(officialId)
			.stream()
			.filter(holding -> holding.inForceOn(date))
			.map(HoldingView::positionId)
			.toList();
	}
}
