package vn.giupxa.fieldwork;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.program.CatalogOption;
import vn.giupxa.program.ProgramCatalog;
import vn.giupxa.shared.Scope;

/**
 * The paged, scoped reads of help plans (the latest revision of each assignment and year) with their progress:
 * visits planned against visits of the commune done or reported in the same quarter.
 */
@Component
@Transactional(readOnly = true)
class HelpPlans {

	/** A visit counts in the quarter of the day it was done (its planned day when none was recorded). */
	static final String DONE_VISITS = """
			SELECT count(*) FROM field_visit v WHERE v.commune_id = p.commune_id AND v.state IN ('DONE', 'REPORTED')
			  AND extract(year FROM coalesce(v.done_on, v.planned_on)) = p.year""";

	private static final String SELECT = """
			SELECT p.id, p.assignment_id, u.code AS commune_code, u.name AS commune_name, p.year, p.revision, p.state,
			       p.goals, p.q1_visits, p.q2_visits, p.q3_visits, p.q4_visits, p.written_by, p.submitted_by,
			       p.submitted_at, p.version, (%s) AS done_visits
			FROM help_plan p JOIN administrative_unit u ON u.id = p.commune_id
			WHERE (:unrestricted OR p.commune_path LIKE ANY (CAST(:patterns AS text[])))
			""".formatted(DONE_VISITS);

	private static final String LATEST = """
			 AND p.revision = (SELECT max(q.revision) FROM help_plan q WHERE q.assignment_id = p.assignment_id AND q.year = p.year)""";

	private final JdbcClient jdbc;

	private final ProgramCatalog catalog;

	HelpPlans(JdbcClient jdbc, ProgramCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** Latest revisions in scope, optionally of one year and commune; the latest year first, then by commune. */
	Page<Row> list(Integer year, String commune, Scope scope, int page, int size) {
		StringBuilder where = new StringBuilder(LATEST);
		Map<String, Object> params = scopeParams(scope);
		if (year != null) {
			where.append(" AND p.year = :year");
			params.put("year", year);
		}
		if (commune != null && !commune.isBlank()) {
			where.append(" AND u.code = :commune");
			params.put("commune", commune.strip());
		}
		long total = jdbc.sql("SELECT count(*) FROM (" + SELECT + where + ") x").params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY p.year DESC, u.code, p.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(HelpPlans::row)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** One plan (any revision) with its contents, progress per quarter, revisions and comments, if in scope. */
	Optional<Detail> detail(long id, Scope scope) {
		Map<String, Object> params = scopeParams(scope);
		params.put("id", id);
		return jdbc.sql(SELECT + " AND p.id = :id").params(params).query(HelpPlans::row).optional()
			.map(row -> new Detail(row, contents(id), quarters(row), revisions(id), comments(id)));
	}

	/** The usernames that commented on the plan. */
	List<String> commentAuthors(long planId) {
		return jdbc.sql("SELECT DISTINCT author FROM help_plan_comment WHERE plan_id = :id")
			.param("id", planId).query(String.class).list();
	}

	private List<Content> contents(long planId) {
		List<Content> contents = jdbc.sql("""
				SELECT text, program_component_id, focus FROM help_plan_content WHERE plan_id = :id ORDER BY position""")
			.param("id", planId)
			.query((rs, n) -> new Content(rs.getString("text"), rs.getObject("program_component_id", Long.class), null,
					rs.getString("focus") == null ? null : FocusContent.valueOf(rs.getString("focus"))))
			.list();
		Map<Long, CatalogOption> labels = catalog.components(contents.stream()
			.map(Content::programComponentId).filter(java.util.Objects::nonNull).toList());
		return contents.stream()
			.map(c -> new Content(c.text(), c.programComponentId(),
					c.programComponentId() == null ? null : labels.get(c.programComponentId()).label(), c.focus()))
			.toList();
	}

	private List<Quarter> quarters(Row row) {
		Map<Integer, Long> done = new HashMap<>();
		jdbc.sql("""
				SELECT extract(quarter FROM coalesce(v.done_on, v.planned_on))::int AS q, count(*) AS n
				FROM field_visit v JOIN help_plan p ON p.commune_id = v.commune_id
				WHERE p.id = :id AND v.state IN ('DONE', 'REPORTED')
				  AND extract(year FROM coalesce(v.done_on, v.planned_on)) = p.year
				GROUP BY 1""")
			.param("id", row.id())
			.query((rs, n) -> Map.entry(rs.getInt("q"), rs.getLong("n")))
			.list()
			.forEach(entry -> done.put(entry.getKey(), entry.getValue()));
		List<Quarter> quarters = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			quarters.add(new Quarter(q, row.plannedVisits().get(q - 1), done.getOrDefault(q, 0L)));
		}
		return quarters;
	}

	private List<Revision> revisions(long planId) {
		return jdbc.sql("""
				SELECT o.id, o.revision, o.state FROM help_plan o JOIN help_plan p ON p.assignment_id = o.assignment_id
				  AND p.year = o.year WHERE p.id = :id ORDER BY o.revision DESC""")
			.param("id", planId)
			.query((rs, n) -> new Revision(rs.getLong("id"), rs.getInt("revision"), HelpPlanState.valueOf(rs.getString("state"))))
			.list();
	}

	private List<Comment> comments(long planId) {
		return jdbc.sql("""
				SELECT c.author, coalesce(a.display_name, c.author) AS author_name, c.body, c.created_at
				FROM help_plan_comment c LEFT JOIN account a ON a.username = c.author
				WHERE c.plan_id = :id ORDER BY c.created_at, c.id""")
			.param("id", planId)
			.query((rs, n) -> new Comment(rs.getString("author"), rs.getString("author_name"), rs.getString("body"),
					instant(rs, "created_at")))
			.list();
	}

	static Map<String, Object> scopeParams(Scope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("unrestricted", scope.unrestricted());
		params.put("patterns", scope.likePatterns().toArray(String[]::new));
		return params;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("commune_code"),
				rs.getString("commune_name"), rs.getInt("year"), rs.getInt("revision"),
				HelpPlanState.valueOf(rs.getString("state")), rs.getString("goals"),
				List.of(rs.getInt("q1_visits"), rs.getInt("q2_visits"), rs.getInt("q3_visits"), rs.getInt("q4_visits")),
				rs.getLong("done_visits"), rs.getString("written_by"), rs.getString("submitted_by"),
				instant(rs, "submitted_at"), rs.getLong("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	/** Done against planned, as a percentage for a progress bar (0 when nothing was planned, at most 100). */
	static int percent(long done, long planned) {
		return planned <= 0 ? 0 : (int) Math.min(100, done * 100 / planned);
	}

	/** A plan as lists show it. */
	record Row(long id, long assignmentId, String communeCode, String communeName, int year, int revision,
			HelpPlanState state, String goals, List<Integer> plannedVisits, long doneVisits, String writtenBy,
			String submittedBy, Instant submittedAt, long version) {

		public int plannedTotal() {
			return plannedVisits.stream().mapToInt(Integer::intValue).sum();
		}

		public int percentDone() {
			return percent(doneVisits, plannedTotal());
		}
	}

	record Content(String text, Long programComponentId, String programComponentLabel, FocusContent focus) {
	}

	record Quarter(int quarter, int planned, long done) {

		public int percentDone() {
			return percent(done, planned);
		}
	}

	record Revision(long id, int revision, HelpPlanState state) {
	}

	record Comment(String author, String authorName, String body, Instant createdAt) {
	}

	record Detail(Row plan, List<Content> contents, List<Quarter> quarters, List<Revision> revisions,
			List<Comment> comments) {
	}
}
