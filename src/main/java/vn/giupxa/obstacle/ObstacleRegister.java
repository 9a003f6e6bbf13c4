package vn.giupxa.obstacle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.program.CatalogOption;
import vn.giupxa.program.ProgramCatalog;
import vn.giupxa.shared.Scope;
import vn.giupxa.shared.Texts;

/**
 * Reads of the register: the filtered, scoped, paged list and the per-level figures. Scope is
 * applied in SQL on the commune's path.
 */
@Component
class ObstacleRegister {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String SELECT = """
			SELECT o.id, o.kind, o.title, o.category_code, o.level, o.state, o.handler, o.raised_by, o.raised_at,
			       o.due_on, o.resolved_on_time, o.program_component_id, o.criterion_id,
			       u.code AS commune_code, u.name AS commune_name, p.name AS province_name
			FROM obstacle o
			JOIN administrative_unit u ON u.id = o.commune_id
			LEFT JOIN administrative_unit p ON p.id = u.parent_id
			""";

	private final JdbcClient jdbc;

	private final AccountContacts contacts;

	private final ProgramCatalog catalog;

	private final Clock clock;

	ObstacleRegister(JdbcClient jdbc, AccountContacts contacts, ProgramCatalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.catalog = catalog;
		this.clock = clock;
	}

	Page<Row> list(RegisterFilter filter, Scope scope, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, scope, params);
		long total = jdbc.sql("SELECT count(*) FROM obstacle o JOIN administrative_unit u ON u.id = o.commune_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		int last = Math.max(0, (int) ((total - 1) / size));
		int current = Math.min(Math.max(page, 0), last);
		List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY o.raised_at DESC, o.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) current * size)
			.query(this::row)
			.list();
		return new PageImpl<>(linked(rows), PageRequest.of(current, size), total);
	}

	/** All rows of the filter (for the XLSX export), capped to keep a request bounded. */
	List<Row> all(RegisterFilter filter, Scope scope, int cap) {
		Map<String, Object> params = new HashMap<>();
		return linked(jdbc.sql(SELECT + where(filter, scope, params) + " ORDER BY o.raised_at DESC, o.id DESC LIMIT " + cap)
			.params(params)
			.query(this::row)
			.list());
	}

	/** The rows with the labels of the program items and criteria they concern, read from the catalog. */
	private List<Row> linked(List<Row> rows) {
		Map<Long, CatalogOption> components = catalog.components(
				rows.stream().map(Row::componentId).filter(Objects::nonNull).toList());
		Map<Long, CatalogOption> criteria = catalog.criteria(
				rows.stream().map(Row::criterionId).filter(Objects::nonNull).toList());
		return rows.stream().map(row -> row.labelled(components, criteria)).toList();
	}

	/**
	 * Per level: items raised there, resolved there within authority, escalated from there, answered
	 * there and how many on time, the average calendar days from raising to the answer, and overdue now.
	 */
	List<LevelFigures> figures(Scope scope) {
		Map<String, Object> params = new HashMap<>();
		String where = where(RegisterFilter.none(), scope, params);
		return jdbc.sql("""
				WITH o AS (SELECT o.* FROM obstacle o JOIN administrative_unit u ON u.id = o.commune_id %s)
				SELECT l.level,
				  count(o.id) FILTER (WHERE o.raised_level = l.level) AS raised,
				  count(o.id) FILTER (WHERE o.resolved_level = l.level AND o.resolved_level = o.raised_level) AS within_authority,
				  count(o.id) FILTER (WHERE o.raised_level = l.level AND o.level <> o.raised_level) AS escalated,
				  count(o.id) FILTER (WHERE o.resolved_level = l.level AND o.resolved_level <> o.raised_level) AS answered,
				  count(o.id) FILTER (WHERE o.resolved_level = l.level AND o.resolved_on_time) AS on_time,
				  avg(EXTRACT(EPOCH FROM (o.resolved_at - o.raised_at)) / 86400.0)
				      FILTER (WHERE o.resolved_level = l.level) AS average_days,
				  count(o.id) FILTER (WHERE o.level = l.level AND o.state = 'OPEN' AND o.due_on < :today) AS overdue
				FROM (VALUES ('COMMUNE', 1), ('DISTRICT', 2), ('PROVINCE', 3), ('PROVINCIAL_COMMITTEE', 4)) AS l (level, rank)
				LEFT JOIN o ON true
				GROUP BY l.level, l.rank ORDER BY l.rank""".formatted(where))
			.params(params)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new LevelFigures(ObstacleLevel.valueOf(rs.getString("level")), rs.getLong("raised"),
					rs.getLong("within_authority"), rs.getLong("escalated"), rs.getLong("answered"), rs.getLong("on_time"),
					rs.getObject("average_days") == null ? null : rs.getDouble("average_days"), rs.getLong("overdue")))
			.list();
	}

	private String where(RegisterFilter filter, Scope scope, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (!scope.unrestricted()) {
			where.append(" AND o.commune_path LIKE ANY (CAST(:scope AS text[]))");
			params.put("scope", scope.likePatterns().toArray(String[]::new));
		}
		if (Texts.clean(filter.commune()) != null) {
			where.append(" AND u.code = :commune");
			params.put("commune", Texts.clean(filter.commune()));
		}
		if (filter.level() != null) {
			where.append(" AND o.level = :level");
			params.put("level", filter.level().name());
		}
		if (Texts.clean(filter.category()) != null) {
			where.append(" AND o.category_code = :category");
			params.put("category", Texts.clean(filter.category()));
		}
		if (filter.state() != null) {
			where.append(" AND o.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.kind() != null) {
			where.append(" AND o.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.overdueOnly()) {
			where.append(" AND o.state = 'OPEN' AND o.due_on < :todayFilter");
			params.put("todayFilter", LocalDate.now(clock));
		}
		if (Texts.clean(filter.raisedBy()) != null) {
			where.append(" AND o.raised_by = :raisedBy");
			params.put("raisedBy", Texts.clean(filter.raisedBy()));
		}
		if (Texts.clean(filter.helper()) != null) {
			// The communes this helper acts for, from their scope and their assignments; none means no rows.
			List<String> helped = contacts.pathsActedForBy(Texts.clean(filter.helper())).stream().map(p -> p + "%").toList();
			where.append(" AND o.commune_path LIKE ANY (CAST(:helped AS text[]))");
			params.put("helped", helped.toArray(String[]::new));
		}
		if (filter.minAgeDays() != null && filter.minAgeDays() > 0) {
			where.append(" AND o.raised_at <= :oldest");
			params.put("oldest", OffsetDateTime.now(clock).minusDays(filter.minAgeDays()));
		}
		if (filter.component() != null) {
			where.append(" AND o.program_component_id = :component");
			params.put("component", filter.component());
		}
		if (filter.criterion() != null) {
			where.append(" AND o.criterion_id = :criterion");
			params.put("criterion", filter.criterion());
		}
		if (Texts.clean(filter.q()) != null) {
			where.append(" AND search_key(o.title || ' ' || o.description) LIKE '%' || search_key(:q) || '%'");
			params.put("q", Texts.clean(filter.q()));
		}
		return where.toString();
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		LocalDate today = LocalDate.now(clock);
		ObstacleState state = ObstacleState.valueOf(rs.getString("state"));
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		return new Row(rs.getLong("id"), ObstacleKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("category_code"), ObstacleLevel.valueOf(rs.getString("level")), state,
				rs.getString("handler"), rs.getString("raised_by"),
				rs.getObject("raised_at", OffsetDateTime.class).atZoneSameInstant(VIETNAM).toLocalDate(), due,
				state == ObstacleState.OPEN && today.isAfter(due), rs.getString("commune_code"),
				rs.getString("commune_name"), rs.getString("province_name"), (Long) rs.getObject("program_component_id"),
				null, (Long) rs.getObject("criterion_id"), null);
	}

	/** The item with its description, solution and timeline, for its page and the API. */
	Detail detail(long id) {
		Row row = linked(List.of(jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(this::row).single())).get(0);
		Map<String, Object> text = jdbc.sql("SELECT description, solution, version, raised_level FROM obstacle WHERE id = :id")
			.param("id", id)
			.query()
			.singleRow();
		List<Step> steps = jdbc.sql("SELECT at, actor, action, level, text FROM obstacle_step WHERE obstacle_id = :id ORDER BY at, id")
			.param("id", id)
			.query((rs, n) -> new Step(rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(VIETNAM).toLocalDateTime(),
					rs.getString("actor"), StepAction.valueOf(rs.getString("action")),
					ObstacleLevel.valueOf(rs.getString("level")), rs.getString("text")))
			.list();
		return new Detail(row, (String) text.get("description"), (String) text.get("solution"),
				((Number) text.get("version")).longValue(), ObstacleLevel.valueOf((String) text.get("raised_level")), steps);
	}

	record Detail(Row row, String description, String solution, long version, ObstacleLevel raisedLevel,
			List<Step> steps) {
	}

	record Step(java.time.LocalDateTime at, String actor, StepAction action, ObstacleLevel level, String text) {
	}

	/** One line of the register, with the program item and criterion it concerns (ids and labels, or null). */
	record Row(long id, ObstacleKind kind, String title, String category, ObstacleLevel level, ObstacleState state,
			String handler, String raisedBy, LocalDate raisedOn, LocalDate dueOn, boolean overdue, String communeCode,
			String communeName, String provinceName, Long componentId, String component, Long criterionId,
			String criterion) {

		Row labelled(Map<Long, CatalogOption> components, Map<Long, CatalogOption> criteria) {
			return new Row(id, kind, title, category, level, state, handler, raisedBy, raisedOn, dueOn, overdue,
					communeCode, communeName, provinceName, componentId, label(components, componentId), criterionId,
					label(criteria, criterionId));
		}

		private static String label(Map<Long, CatalogOption> options, Long id) {
			return id == null || !options.containsKey(id) ? null : options.get(id).label();
		}
	}

	/** The figures of one level. */
	record LevelFigures(ObstacleLevel level, long raised, long resolvedWithinAuthority, long escalated, long answered,
			long answeredOnTime, Double averageDaysToAnswer, long overdue) {
	}
}
