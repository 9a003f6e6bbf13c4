package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows written straight to the tables for integration tests; every name and code is unique to the test. */
final class DirectoryFixtures {

	private final JdbcClient jdbc;

	final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	DirectoryFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Lào Cai province (official code 15) on the map in force since 1 July 2025. */
	long laoCai() {
		return jdbc.sql("SELECT id FROM administrative_unit WHERE level = 'PROVINCE' AND code = '15'"
				+ " AND valid_from = DATE '2025-07-01'").query(Long.class).single();
	}

	long agency(String code, String name) {
		return jdbc.sql("INSERT INTO agency (code, name, kind, unit_id, valid_from)"
				+ " VALUES (:code, :name, 'DEPARTMENT', :unit, DATE '2025-07-01') RETURNING id")
			.param("code", code)
			.param("name", name)
			.param("unit", laoCai())
			.query(Long.class)
			.single();
	}

	long position(long agencyId, String title, int rank) {
		return jdbc.sql("INSERT INTO agency_position (agency_id, title, kind, rank, valid_from)"
				+ " VALUES (:agency, :title, 'HEAD', :rank, DATE '2025-07-01') RETURNING id")
			.param("agency", agencyId)
			.param("title", title)
			.param("rank", rank)
			.query(Long.class)
			.single();
	}

	long official(String fullName, String email) {
		return jdbc.sql("INSERT INTO official (full_name, email) VALUES (:name, :email) RETURNING id")
			.param("name", fullName)
			.param("email", email)
			.query(Long.class)
			.single();
	}

	void holding(long positionId, long officialId, LocalDate startOn) {
		jdbc.sql("INSERT INTO position_holding (position_id, official_id, start_on) VALUES (:position, :official, :start)")
			.param("position", positionId)
			.param("official", officialId)
			.param("start", startOn)
			.update();
	}

	/** The page shows the text, as a reader sees it (Thymeleaf writes some letters as HTML entities). */
	static ResultMatcher showing(String text) {
		return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).contains(text);
	}

	static ResultMatcher notShowing(String text) {
		return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).doesNotContain(text);
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}
}
