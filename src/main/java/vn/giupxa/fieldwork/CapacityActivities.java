package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.Scope;
import vn.giupxa.shared.Texts;

/** Capacity activities: recorded by the helper side of a commune, read within scope with counts per commune. */
@Component
@Transactional
class CapacityActivities {

	private static final String SELECT = """
			SELECT c.id, u.code AS commune_code, u.name AS commune_name, c.kind, c.held_on, c.topic, c.participants,
			       c.participant_count, c.recorded_by
			FROM capacity_activity c JOIN administrative_unit u ON u.id = c.commune_id
			WHERE (:unrestricted OR c.commune_path LIKE ANY (CAST(:patterns AS text[])))
			""";

	private final CapacityActivityRepository activities;

	private final DisseminationService communes;

	private final JdbcClient jdbc;

	private final Clock clock;

	CapacityActivities(CapacityActivityRepository activities, DisseminationService communes, JdbcClient jdbc,
			Clock clock) {
		this.activities = activities;
		this.communes = communes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an activity in a commune the caller helps; field problems go to {@code errors}. */
	CapacityActivity record(CapacityActivityForm form, Errors errors) {
		LocalDate today = LocalDate.now(clock);
		var commune = communes.helpedCommune(form.communeCode(), today, errors);
		if (form.heldOn().isAfter(today)) {
			errors.rejectValue("heldOn", "capacity.heldOn.future");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return activities.save(new CapacityActivity(commune.get().id(), commune.get().path(), form.kind(), form.heldOn(),
				Texts.clean(form.topic()), Texts.clean(form.participants()), form.participantCount(),
				CurrentUser.usernameOrAnonymous(), clock.instant()));
	}

	@Transactional(readOnly = true)
	Page<Row> list(Integer year, String commune, Scope scope, int page, int size) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = filter(year, commune, scope, where);
		long total = jdbc.sql("SELECT count(*) FROM (" + SELECT + where + ") x").params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY c.held_on DESC, c.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("commune_code"), rs.getString("commune_name"),
					CapacityActivityKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
					rs.getString("topic"), rs.getString("participants"), rs.getInt("participant_count"),
					rs.getString("recorded_by")))
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** Per commune in scope: activities of each kind and participants, for the same filters. */
	@Transactional(readOnly = true)
	List<CommuneCount> countsPerCommune(Integer year, String commune, Scope scope) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = filter(year, commune, scope, where);
		return jdbc.sql("""
				SELECT commune_code, commune_name, count(*) AS activities,
				       count(*) FILTER (WHERE kind = 'TRAINING') AS trainings,
				       count(*) FILTER (WHERE kind = 'PARTY_COMMITTEE_SESSION') AS sessions,
				       sum(participant_count) AS participants
				FROM (""" + SELECT + where + ") x GROUP BY commune_code, commune_name")
			.params(params)
			.query((rs, n) -> new CommuneCount(rs.getString("commune_code"), rs.getString("commune_name"),
					rs.getLong("activities"), rs.getLong("trainings"), rs.getLong("sessions"), rs.getLong("participants")))
			.list()
			.stream()
			.sorted(Texts.vietnameseOrder(CommuneCount::communeName))
			.toList();
	}

	private static Map<String, Object> filter(Integer year, String commune, Scope scope, StringBuilder where) {
		Map<String, Object> params = HelpPlans.scopeParams(scope);
		if (year != null) {
			where.append(" AND extract(year FROM c.held_on) = :year");
			params.put("year", year);
		}
		if (commune != null && !commune.isBlank()) {
			where.append(" AND u.code = :commune");
			params.put("commune", commune.strip());
		}
		return params;
	}

	record Row(long id, String communeCode, String communeName, CapacityActivityKind kind, LocalDate heldOn,
			String topic, String participants, int participantCount, String recordedBy) {
	}

	record CommuneCount(String communeCode, String communeName, long activities, long trainings, long sessions,
			long participants) {
	}
}
