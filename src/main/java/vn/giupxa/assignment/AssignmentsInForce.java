package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.Scope;

/**
 * The module's read API for other modules: issued assignments in force on a date within a scope, one assignment
 * by id, and the assignments an official helps (holds the assigned position, or is in the help team). Read-only.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentsInForce {

	private final JdbcClient jdbc;

	private final Assignments assignments;

	private final Helpers helpers;

	private final AssignmentScopeContributor contributor;

	AssignmentsInForce(JdbcClient jdbc, Assignments assignments, Helpers helpers, AssignmentScopeContributor contributor) {
		this.jdbc = jdbc;
		this.assignments = assignments;
		this.helpers = helpers;
		this.contributor = contributor;
	}

	/** Issued assignments in force on the date whose commune lies in the scope, by commune code. */
	public List<View> on(LocalDate date, Scope scope) {
		Map<String, Object> params = Assignments.scopeParams(scope);
		params.put("date", date);
		return jdbc.sql(Assignments.SELECT + " WHERE true" + Assignments.IN_FORCE + Assignments.IN_SCOPE
				+ " ORDER BY u.code, a.kind, p.rank NULLS LAST, a.id")
			.params(params)
			.query(Assignments::line)
			.list()
			.stream()
			.map(line -> view(line, date))
			.toList();
	}

	/** One assignment of an issued decision, whatever its term; the holder named is the one on {@code date}. */
	public Optional<View> byId(long id, LocalDate date) {
		return jdbc.sql(Assignments.SELECT + " WHERE a.id = :id AND d.status = 'ISSUED'")
			.param("id", id)
			.query(Assignments::line)
			.optional()
			.map(line -> view(line, date));
	}

	/** The assignments in force on the date that the official helps: by the position they hold or in the team. */
	public List<View> helpedBy(long officialId, LocalDate date) {
		return assignments.ofOfficial(officialId, contributor.heldPositions(officialId, date), date)
			.stream()
			.map(line -> view(line, date))
			.toList();
	}

	/**
	 * The assignments the official helps from the date on: in force then or issued to start later (a January
	 * consolidation is issued before its year begins), by the position they hold on the date or in the team.
	 */
	public List<View> helpedFrom(long officialId, LocalDate date) {
		return jdbc.sql(Assignments.SELECT + " WHERE (a.position_id = ANY (CAST(:positions AS bigint[]))"
				+ " OR EXISTS (SELECT 1 FROM help_team_member m WHERE m.assignment_id = a.id AND m.official_id = :official))"
				+ " AND d.status = 'ISSUED' AND (a.end_on IS NULL OR a.end_on >= :date) ORDER BY u.code, a.start_on, a.id")
			.param("positions", contributor.heldPositions(officialId, date).toArray(Long[]::new))
			.param("official", officialId)
			.param("date", date)
			.query(Assignments::line)
			.list()
			.stream()
			.map(line -> view(line, date))
			.toList();
	}

	/** True when the official helps this assignment on the date. */
	public boolean helps(long officialId, long assignmentId, LocalDate date) {
		return helpedBy(officialId, date).stream().anyMatch(view -> view.id() == assignmentId);
	}

	private View view(AssignmentLine line, LocalDate date) {
		return new View(line.id(), line.decisionNumber(), line.kind(), line.agencyName(), line.positionTitle(),
				line.unitId(), line.unitCode(), line.unitName(), line.unitPath(), line.startOn(), line.endOn(),
				helpers.on(line, date).officialName());
	}

	/**
	 * An assignment as other modules see it.
	 *
	 * @param positionTitle null for a sponsorship (the agency itself helps)
	 * @param endOn null while no later decision ends it
	 * @param holderName who holds the assigned position on the date asked (or the agency's head carrying it on);
	 * null when nobody can be named
	 */
	public record View(long id, String decisionNumber, AssignmentKind kind, String agencyName, String positionTitle,
			long communeId, String communeCode, String communeName, String communePath, LocalDate startOn,
			LocalDate endOn, String holderName) {

		public boolean inForceOn(LocalDate date) {
			return Dates.within(startOn, endOn, date);
		}

		/** True when the term shares at least one day with the calendar year. */
		public boolean coversYear(int year) {
			return Dates.overlap(startOn, endOn, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}

		/** "Phó Giám đốc – Sở …", or the agency alone for a sponsorship. */
		public String helperLabel() {
			return positionTitle == null ? agencyName : positionTitle + " – " + agencyName;
		}
	}
}
