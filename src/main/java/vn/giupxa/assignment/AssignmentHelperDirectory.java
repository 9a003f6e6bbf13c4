package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giupxa.shared.HelperDirectory;
import vn.giupxa.shared.JdbcReads;
import vn.giupxa.shared.Texts;

/** The helpers (assigned positions) of issued help assignments, and the communes each helps, over a span of days. */
@Component
@JdbcReads
class AssignmentHelperDirectory implements HelperDirectory {

	private static final String HELP_DURING = " AND d.status = 'ISSUED' AND a.kind = 'HELP'"
			+ " AND a.start_on <= :to AND (a.end_on IS NULL OR a.end_on >= :from)";

	private final JdbcClient jdbc;

	AssignmentHelperDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HelperEntry> helpers(String areaPath, LocalDate from, LocalDate to) {
		Map<Long, HelperEntry> helpers = new LinkedHashMap<>();
		// starts_with, not LIKE :area: the statement is then prepared once per connection and keeps a generic plan
		// (system.StatementPlans plans a LIKE of a parameter on every execution; here that planning took a hundred
		// times the execution, bench/program); the same prefix without LIKE's wildcards.
		jdbc.sql(Assignments.SELECT + " WHERE starts_with(u.path, :area)" + HELP_DURING)
			.param("area", areaPath)
			.param("from", from)
			.param("to", to)
			.query(Assignments::line)
			.list()
			.forEach(line -> helpers.putIfAbsent(line.positionId(), new HelperEntry(line.positionId(), line.helperLabel())));
		return helpers.values().stream().sorted(Texts.vietnameseOrder(HelperEntry::label)).toList();
	}

	@Override
	public Set<String> communesOf(long helperId, LocalDate from, LocalDate to) {
		return jdbc.sql(Assignments.SELECT + " WHERE a.position_id = :position" + HELP_DURING)
			.param("position", helperId)
			.param("from", from)
			.param("to", to)
			.query(Assignments::line)
			.list()
			.stream()
			.map(AssignmentLine::unitPath)
			.collect(Collectors.toSet());
	}
}
