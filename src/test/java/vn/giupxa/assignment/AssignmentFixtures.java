package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Agencies, positions and officials written straight to the tables; every name and code is unique to the test. */
final class AssignmentFixtures {

	private final JdbcClient jdbc;

	final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	AssignmentFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long unit(String level, String code, LocalDate on) {
		return jdbc.sql("""
				SELECT id FROM administrative_unit WHERE level = :level AND code = :code
				  AND (valid_from IS NULL OR valid_from <= :on) AND (valid_to IS NULL OR valid_to >= :on)""")
			.param("level", level).param("code", code).param("on", on)
			.query(Long.class).single();
	}

	long agency(long unitId, String name) {
		return jdbc.sql("INSERT INTO agency (code, name, kind, unit_id) VALUES (:code, :name, 'DEPARTMENT', :unit) RETURNING id")
			.param("code", "T-" + suffix + "-" + name.hashCode())
			.param("name", name + " " + suffix)
			.param("unit", unitId)
			.query(Long.class).single();
	}

	long position(long agencyId, String title, String kind) {
		return jdbc.sql("INSERT INTO agency_position (agency_id, title, kind, rank) VALUES (:agency, :title, :kind, 1) RETURNING id")
			.param("agency", agencyId).param("title", title).param("kind", kind)
			.query(Long.class).single();
	}

	long official(String fullName) {
		return jdbc.sql("INSERT INTO official (full_name, email) VALUES (:name, :email) RETURNING id")
			.param("name", fullName + " " + suffix)
			.param("email", UUID.randomUUID() + "@test.demo")
			.query(Long.class).single();
	}

	void holding(long positionId, long officialId, LocalDate startOn) {
		jdbc.sql("INSERT INTO position_holding (position_id, official_id, start_on) VALUES (:position, :official, :start)")
			.param("position", positionId).param("official", officialId).param("start", startOn)
			.update();
	}

	long issuedDecision(long issuerUnitId, int year) {
		return jdbc.sql("""
				INSERT INTO assignment_decision (tier, issuer_unit_id, year, number, title, signed_on, status, issued_at)
				VALUES ('PROVINCE', :unit, :year, :number, 'Phân công thử nghiệm', :signed, 'ISSUED', now()) RETURNING id""")
			.param("unit", issuerUnitId).param("year", year).param("number", "T" + suffix + "/QĐ-UBND")
			.param("signed", LocalDate.of(year, 1, 2))
			.query(Long.class).single();
	}

	long assignment(long decisionId, long agencyId, long positionId, long unitId, LocalDate startOn) {
		return jdbc.sql("""
				INSERT INTO assignment (decision_id, kind, agency_id, position_id, unit_id, start_on)
				VALUES (:decision, 'HELP', :agency, :position, :unit, :start) RETURNING id""")
			.param("decision", decisionId).param("agency", agencyId).param("position", positionId)
			.param("unit", unitId).param("start", startOn)
			.query(Long.class).single();
	}

	void member(long assignmentId, long officialId, boolean leader) {
		jdbc.sql("INSERT INTO help_team_member (assignment_id, official_id, leader) VALUES (:a, :o, :l)")
			.param("a", assignmentId).param("o", officialId).param("l", leader).update();
	}

	long count(String sql, Object... params) {
		var statement = jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}
}
