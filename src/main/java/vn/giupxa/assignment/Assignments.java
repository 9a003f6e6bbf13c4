package vn.giupxa.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.directory.HoldingView;
import vn.giupxa.shared.Scope;

/**
 * The paged, scoped reads of assignments: as of a date (by commune, agency or position), of a decision, of a
 * commune through time, help teams and handovers. An assignment is visible when its commune lies in the
 * caller's scope. Only issued decisions count as "in force".
 */
@Component
@Transactional(readOnly = true)
class Assignments {

	static final String SELECT = """
			SELECT a.id, a.decision_id, d.number AS decision_number, d.status AS decision_status, a.kind, a.agency_id,
			       ag.name AS agency_name, coalesce(ag.short_name, ag.name) AS agency_short, ag.email AS agency_email,
			       ag.phone AS agency_phone, a.position_id, p.title AS position_title, a.unit_id, u.code AS unit_code,
			       u.name AS unit_name, u.path AS unit_path, a.start_on, a.end_on, a.replaces_id
			FROM assignment a
			JOIN assignment_decision d ON d.id = a.decision_id
			JOIN agency ag ON ag.id = a.agency_id
			LEFT JOIN agency_position p ON p.id = a.position_id
			JOIN administrative_unit u ON u.id = a.unit_id
			""";

	static final String IN_SCOPE = " AND (:unrestricted OR u.path LIKE ANY (CAST(:patterns AS text[])))";

	static final String IN_FORCE = " AND d.status = 'ISSUED' AND a.start_on <= :date AND (a.end_on IS NULL OR a.end_on >= :date)";

	private final JdbcClient jdbc;

	Assignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Issued assignments in force on the date, optionally of one commune, agency or position, in scope. */
	Page<AssignmentLine> inForce(LocalDate date, String communeCode, Long agencyId, Long positionId, Scope scope,
			int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE true" + IN_FORCE + IN_SCOPE);
		Map<String, Object> params = scopeParams(scope);
		params.put("date", date);
		if (communeCode != null && !communeCode.isBlank()) {
			where.append(" AND u.code = :commune");
			params.put("commune", communeCode.strip());
		}
		if (agencyId != null) {
			where.append(" AND a.agency_id = :agency");
			params.put("agency", agencyId);
		}
		if (positionId != null) {
			where.append(" AND a.position_id = :position");
			params.put("position", positionId);
		}
		long total = jdbc.sql("SELECT count(*) FROM (" + SELECT + where + ") x").params(params).query(Long.class).single();
		List<AssignmentLine> lines = jdbc.sql(SELECT + where + " ORDER BY u.code, a.kind, p.rank NULLS LAST, a.id"
				+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Assignments::line)
			.list();
		return new PageImpl<>(lines, PageRequest.of(page, size), total);
	}

	/** One assignment, if its commune lies in the scope. */
	java.util.Optional<AssignmentLine> visible(long id, Scope scope) {
		return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(Assignments::line).optional()
			.filter(line -> scope.covers(line.unitPath()));
	}

	/** The decision's assignments, by commune. */
	List<AssignmentLine> ofDecision(long decisionId) {
		return jdbc.sql(SELECT + " WHERE a.decision_id = :id ORDER BY u.code, a.kind, p.rank NULLS LAST, a.id")
			.param("id", decisionId)
			.query(Assignments::line)
			.list();
	}

	/** Every issued assignment the commune has had, newest first. */
	List<AssignmentLine> historyOf(long unitId) {
		return jdbc.sql(SELECT + " WHERE a.unit_id = :unit AND d.status = 'ISSUED' ORDER BY a.start_on DESC, a.id")
			.param("unit", unitId)
			.query(Assignments::line)
			.list();
	}

	/**
	 * Issued assignments in force on the date of these positions, or with this official in the team. The one-day
	 * rule (the scope at login): {@link #helped} is the same rule over a range, written apart because this statement
	 * is the cheaper one on the login path; {@code ScopeRuleAgreementTests} keeps the two in agreement.
	 */
	List<AssignmentLine> ofOfficial(long officialId, Collection<Long> heldPositionIds, LocalDate date) {
		return jdbc.sql(SELECT + " WHERE (a.position_id = ANY (CAST(:positions AS bigint[]))"
				+ " OR EXISTS (SELECT 1 FROM help_team_member m WHERE m.assignment_id = a.id AND m.official_id = :official"
				+ " AND (m.start_on IS NULL OR m.start_on <= :date) AND (m.end_on IS NULL OR m.end_on >= :date)))"
				+ IN_FORCE + " ORDER BY u.code, a.id")
			.param("positions", heldPositionIds.toArray(Long[]::new))
			.param("official", officialId)
			.param("date", date)
			.query(Assignments::line)
			.list();
	}

	/**
	 * The issued assignments these officials helped on some day from {@code from} to {@code to}, each with the days
	 * within them: of a position while the official held it ({@code holdings}, of these officials), or as a member of
	 * its team while they were in it. An assignment helped both ways, or twice, comes more than once. By commune.
	 * What {@link #ofOfficial} answers for one day, on each day of the range.
	 */
	List<Helped> helped(Collection<Long> officialIds, Collection<HoldingView> holdings, LocalDate from, LocalDate to) {
		if (officialIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				WITH helps (official_id, assignment_id, first_day, last_day) AS (
				  SELECT m.official_id, m.assignment_id, m.start_on, m.end_on FROM help_team_member m
				  WHERE m.official_id = ANY (CAST(:officials AS bigint[]))
				  UNION ALL
				  SELECT h.official_id, a.id, h.first_day, h.last_day
				  FROM unnest(CAST(:holders AS bigint[]), CAST(:positions AS bigint[]), CAST(:heldFrom AS date[]),
				              CAST(:heldTo AS date[])) AS h (official_id, position_id, first_day, last_day)
				  JOIN assignment a ON a.position_id = h.position_id)
				SELECT line.*, h.official_id AS helper_id, greatest(line.start_on, h.first_day, :from) AS first_day,
				       least(line.end_on, h.last_day, :to) AS last_day
				FROM helps h JOIN (""" + SELECT + """
				 WHERE d.status = 'ISSUED') line ON line.id = h.assignment_id
				WHERE greatest(line.start_on, h.first_day, :from) <= least(line.end_on, h.last_day, :to)
				ORDER BY line.unit_code, line.id, h.official_id""")
			.param("officials", officialIds.toArray(Long[]::new))
			.param("holders", holdings.stream().map(HoldingView::officialId).toArray(Long[]::new))
			.param("positions", holdings.stream().map(HoldingView::positionId).toArray(Long[]::new))
			.param("heldFrom", holdings.stream().map(holding -> text(holding.startOn())).toArray(String[]::new))
			.param("heldTo", holdings.stream().map(holding -> text(holding.endOn())).toArray(String[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Helped(rs.getLong("helper_id"), line(rs, row), rs.getObject("first_day", LocalDate.class),
					rs.getObject("last_day", LocalDate.class)))
			.list();
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	/** An assignment an official helped from {@code first} to {@code last}, both days included. */
	record Helped(long officialId, AssignmentLine line, LocalDate first, LocalDate last) {
	}

	/** The teams on the date: members who had joined and not yet left. */
	Map<Long, List<TeamMemberLine>> teamsOn(Collection<Long> assignmentIds, LocalDate date) {
		Map<Long, List<TeamMemberLine>> teams = new HashMap<>();
		teamsOf(assignmentIds).forEach((id, team) -> teams.put(id, team.stream().filter(m -> m.inTeamOn(date)).toList()));
		return teams;
	}

	/** Every membership the teams have had, leaders first, then in the order they joined. */
	Map<Long, List<TeamMemberLine>> teamsOf(Collection<Long> assignmentIds) {
		if (assignmentIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<TeamMemberLine>> teams = new HashMap<>();
		jdbc.sql("""
				SELECT m.id, m.assignment_id, m.official_id, o.full_name, o.email, o.phone, m.leader, m.start_on, m.end_on
				FROM help_team_member m JOIN official o ON o.id = m.official_id
				WHERE m.assignment_id IN (:ids) ORDER BY m.end_on IS NULL DESC, m.leader DESC, m.start_on NULLS FIRST, m.id""")
			.param("ids", assignmentIds)
			.query((rs, row) -> new TeamMemberLine(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("official_id"),
					rs.getString("full_name"), rs.getString("email"), rs.getString("phone"), rs.getBoolean("leader"),
					rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class)))
			.list()
			.forEach(member -> teams.computeIfAbsent(member.assignmentId(), id -> new java.util.ArrayList<>()).add(member));
		return teams;
	}

	/** Handovers of these assignments, newest first. */
	List<HandoverLine> handoversOf(Collection<Long> assignmentIds) {
		if (assignmentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT h.id, h.assignment_id, po.full_name AS previous_name, no.full_name AS new_name, h.start_on,
				       h.recorded_at, p.title, coalesce(ag.short_name, ag.name) AS agency_short, u.name AS unit_name
				FROM assignment_handover h
				JOIN assignment a ON a.id = h.assignment_id
				JOIN agency ag ON ag.id = a.agency_id
				JOIN agency_position p ON p.id = h.position_id
				JOIN administrative_unit u ON u.id = a.unit_id
				LEFT JOIN official po ON po.id = h.previous_official_id
				JOIN official no ON no.id = h.new_official_id
				WHERE h.assignment_id IN (:ids) ORDER BY h.start_on DESC, h.id DESC""")
			.param("ids", assignmentIds)
			.query((rs, row) -> new HandoverLine(rs.getLong("id"), rs.getLong("assignment_id"),
					rs.getString("previous_name"), rs.getString("new_name"), rs.getObject("start_on", LocalDate.class),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("title"),
					rs.getString("agency_short"), rs.getString("unit_name")))
			.list();
	}

	/** Issued assignments of other decisions for this helper and commune whose term meets [from, to]. */
	List<AssignmentLine> overlapping(Assignment.Terms terms, long exceptDecisionId, Long alsoExceptDecisionId) {
		String helper = terms.kind() == AssignmentKind.HELP ? " AND a.position_id = :helper" : " AND a.agency_id = :helper";
		return jdbc.sql(SELECT + " WHERE d.status = 'ISSUED' AND a.kind = :kind AND a.unit_id = :unit" + helper
				+ " AND a.decision_id <> :except AND a.decision_id <> :alsoExcept"
				+ " AND (a.end_on IS NULL OR a.end_on >= :from) AND (CAST(:to AS date) IS NULL OR a.start_on <= :to)")
			.param("kind", terms.kind().name())
			.param("unit", terms.unitId())
			.param("helper", terms.kind() == AssignmentKind.HELP ? terms.positionId() : terms.agencyId())
			.param("except", exceptDecisionId)
			.param("alsoExcept", alsoExceptDecisionId == null ? -1L : alsoExceptDecisionId)
			.param("from", terms.startOn())
			.param("to", terms.endOn())
			.query(Assignments::line)
			.list();
	}

	static Map<String, Object> scopeParams(Scope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("unrestricted", scope.unrestricted());
		params.put("patterns", scope.likePatterns().toArray(String[]::new));
		return params;
	}

	static AssignmentLine line(ResultSet rs, int row) throws SQLException {
		return new AssignmentLine(rs.getLong("id"), rs.getLong("decision_id"), rs.getString("decision_number"),
				DecisionStatus.valueOf(rs.getString("decision_status")), AssignmentKind.valueOf(rs.getString("kind")),
				rs.getLong("agency_id"), rs.getString("agency_name"), rs.getString("agency_short"),
				rs.getString("agency_email"), rs.getString("agency_phone"), rs.getObject("position_id", Long.class),
				rs.getString("position_title"), rs.getLong("unit_id"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getString("unit_path"), rs.getObject("start_on", LocalDate.class),
				rs.getObject("end_on", LocalDate.class), rs.getObject("replaces_id", Long.class));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}
}
