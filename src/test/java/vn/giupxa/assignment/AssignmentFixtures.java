package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Agencies, positions, officials and assignments written straight to the tables; every name and code is unique to
 * the test. Public for the tests of modules that count by assignment (e.g. meeting attendance).
 */
public final class AssignmentFixtures {

	private final JdbcClient jdbc;

	public final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	public AssignmentFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long unit(String level, String code, LocalDate on) {
		return jdbc.sql("""
				SELECT id FROM administrative_unit WHERE level = :level AND code = :code
				  AND (valid_from IS NULL OR valid_from <= :on) AND (valid_to IS NULL OR valid_to >= :on)""")
			.param("level", level).param("code", code).param("on", on)
			.query(Long.class).single();
	}

	public long agency(long unitId, String name) {
		return jdbc.sql("INSERT INTO agency (code, name, kind, unit_id) VALUES (:code, :name, 'DEPARTMENT', :unit) RETURNING id")
			.param("code", "T-" + suffix + "-" + name.hashCode())
			.param("name", name + " " + suffix)
			.param("unit", unitId)
			.query(Long.class).single();
	}

	public long position(long agencyId, String title, String kind) {
		return jdbc.sql("INSERT INTO agency_position (agency_id, title, kind, rank) VALUES (:agency, :title, :kind, 1) RETURNING id")
			.param("agency", agencyId).param("title", title).param("kind", kind)
			.query(Long.class).single();
	}

	public long official(String fullName) {
		return jdbc.sql("INSERT INTO official (full_name, email) VALUES (:name, :email) RETURNING id")
			.param("name", fullName + " " + suffix)
			.param("email", UUID.randomUUID() + "@test.demo")
			.query(Long.class).single();
	}

	public void holding(long positionId, long officialId, LocalDate startOn) {
		holding(positionId, officialId, startOn, null);
	}

	/** A term in the position; {@code endOn} null while held. */
	public void holding(long positionId, long officialId, LocalDate startOn, LocalDate endOn) {
		jdbc.sql("INSERT INTO position_holding (position_id, official_id, start_on, end_on) VALUES (:position, :official, :start, :end)")
			.param("position", positionId).param("official", officialId).param("start", startOn).param("end", endOn)
			.update();
	}

	public long issuedDecision(long issuerUnitId, int year) {
		return jdbc.sql("""
				INSERT INTO assignment_decision (tier, issuer_unit_id, year, number, title, signed_on, status, issued_at)
				VALUES ('PROVINCE', :unit, :year, :number, 'Phân công thử nghiệm', :signed, 'ISSUED', now()) RETURNING id""")
			.param("unit", issuerUnitId).param("year", year).param("number", "T" + suffix + "/QĐ-UBND")
			.param("signed", LocalDate.of(year, 1, 2))
			.query(Long.class).single();
	}

	public long assignment(long decisionId, long agencyId, long positionId, long unitId, LocalDate startOn) {
		return jdbc.sql("""
				INSERT INTO assignment (decision_id, kind, agency_id, position_id, unit_id, start_on)
				VALUES (:decision, 'HELP', :agency, :position, :unit, :start) RETURNING id""")
			.param("decision", decisionId).param("agency", agencyId).param("position", positionId)
			.param("unit", unitId).param("start", startOn)
			.query(Long.class).single();
	}

	public void member(long assignmentId, long officialId, boolean leader) {
		jdbc.sql("INSERT INTO help_team_member (assignment_id, official_id, leader) VALUES (:a, :o, :l)")
			.param("a", assignmentId).param("o", officialId).param("l", leader).update();
	}

	/** A member (not the leader) from {@code startOn} to {@code endOn}; null: from the assignment's start, still in. */
	public void member(long assignmentId, long officialId, LocalDate startOn, LocalDate endOn) {
		jdbc.sql("INSERT INTO help_team_member (assignment_id, official_id, leader, start_on, end_on) VALUES (:a, :o, false, :s, :e)")
			.param("a", assignmentId).param("o", officialId).param("s", startOn).param("e", endOn).update();
	}

	public long count(String sql, Object... params) {
		var statement = jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}
}
