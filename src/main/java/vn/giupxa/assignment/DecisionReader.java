package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.directory.Directory;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitView;

/** Builds what the decision page and the exports show from a decision the caller may see. */
@Component
@Transactional(readOnly = true)
class DecisionReader {

	private final AssignmentService service;

	private final Assignments assignments;

	private final Helpers helpers;

	private final Territory territory;

	private final Directory directory;

	private final JdbcClient jdbc;

	DecisionReader(AssignmentService service, Assignments assignments, Helpers helpers, Territory territory,
			Directory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.service = service;
		this.assignments = assignments;
		this.helpers = helpers;
		this.territory = territory;
		this.jdbc = jdbc;
	}

	DecisionView view(long id) {
		AssignmentDecision d = service.decision(id);
		UnitView issuer = territory.findById(d.getIssuerUnitId()).orElseThrow();
		List<AssignmentLine> lines = namedOn(assignments.ofDecision(id), d.getSignedOn());
		Map<Long, List<TeamMemberLine>> teams = assignments.teamsOf(lines.stream().map(AssignmentLine::id).toList());
		Map<Long, List<Assignment.Change>> changes = d.getAssignments().stream()
			.collect(Collectors.toMap(Assignment::getId, Assignment::getChanges));
		boolean hasFile = jdbc.sql("SELECT count(*) FROM assignment_decision_file WHERE decision_id = :id")
			.param("id", id).query(Long.class).single() > 0;
		return new DecisionView(d.getId(), d.getTier(), issuer.name(), issuer.code(), d.getYear(), d.getNumber(),
				d.getTitle(), d.getSignedOn(), d.getSignerName(), d.getSignerTitle(), d.getLegalBasis(), d.getStatus(),
				d.getSupersedesId(), hasFile, d.getVersion(),
				lines.stream().map(line -> new DecisionView.Line(line, helpers.on(line, line.startOn()),
						teams.getOrDefault(line.id(), List.of()), changes.getOrDefault(line.id(), List.of()))).toList());
	}

	/**
	 * The lines with their agencies named as on the decision's date: a decision signed before a rename keeps the
	 * names it was signed with. A draft without a date shows today's names.
	 */
	private List<AssignmentLine> namedOn(List<AssignmentLine> lines, LocalDate date) {
		if (date == null) {
			return lines;
		}
		Map<Long, AgencyNames> names = new HashMap<>();
		return lines.stream().map(line -> {
			AgencyNames then = names.computeIfAbsent(line.agencyId(),
					agencyId -> new AgencyNames(directory.nameOn(agencyId, date).orElse(line.agencyName()),
							directory.displayNameOn(agencyId, date).orElse(line.agencyShortName())));
			return line.withAgencyNames(then.name(), then.shortName());
		}).toList();
	}

	private record AgencyNames(String name, String shortName) {
	}

	DecisionDocument document(long id) {
		AssignmentDecision d = service.decision(id);
		DecisionView view = view(id);
		UnitView issuer = territory.findById(d.getIssuerUnitId()).orElseThrow();
		return new DecisionDocument(d, issuer, view.lines().stream().map(line -> {
			AssignmentLine a = line.assignment();
			String holder = line.helper().officialName() == null ? "" : line.helper().officialName();
			String team = line.team().stream().filter(m -> m.inTeamOn(a.startOn())).map(m -> m.officialName() + (m.leader() ? " (Tổ trưởng)" : ""))
				.collect(Collectors.joining("; "));
			return new DecisionDocument.Line(a.unitName(), a.helperLabel(), holder, team,
					Dates.format(a.startOn()) + " – " + (a.endOn() == null ? "" : Dates.format(a.endOn())));
		}).toList());
	}
}
