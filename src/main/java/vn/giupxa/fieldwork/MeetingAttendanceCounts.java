package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.shared.Scope;
import vn.giupxa.shared.ScopeContributor;
import vn.giupxa.shared.Texts;

/**
 * How many of the meetings a commune published in a year the helpers attended (reported on), per commune and per
 * helper account, within the caller's scope. A helper's communes are those they acted for on each meeting's day.
 */
@Component
@Transactional(readOnly = true)
class MeetingAttendanceCounts {

	private static final String COUNTS = """
			count(*) FILTER (WHERE m.state <> 'CANCELLED') AS published,
			count(*) FILTER (WHERE m.state IN ('ATTENDEE_NAMED', 'REPORTED')) AS named,
			count(*) FILTER (WHERE m.state = 'REPORTED') AS attended
			""";

	private static final String IN_YEAR_AND_SCOPE = """
			m.held_on BETWEEN :from AND :to
			AND (:unrestricted OR m.commune_path LIKE ANY (CAST(:patterns AS text[])))
			""";

	private final JdbcClient jdbc;

	private final AccountContacts contacts;

	MeetingAttendanceCounts(JdbcClient jdbc, AccountContacts contacts) {
		this.jdbc = jdbc;
		this.contacts = contacts;
	}

	/** Per commune in scope with a meeting that year: published (not cancelled), attendee named, attended. */
	List<Count> perCommune(int year, Scope scope) {
		return jdbc.sql("SELECT u.code, u.name, " + COUNTS + """
				FROM commune_meeting m JOIN administrative_unit u ON u.id = m.commune_id
				WHERE """ + " " + IN_YEAR_AND_SCOPE + " GROUP BY u.code, u.name")
			.params(params(year, scope))
			.query((rs, n) -> new Count(rs.getString("code"), rs.getString("name"), rs.getLong("published"),
					rs.getLong("named"), rs.getLong("attended")))
			.list()
			.stream()
			.sorted(Texts.vietnameseOrder(Count::name))
			.toList();
	}

	/**
	 * Per helper account ({@code names}: username → display name): the meetings published in the communes they
	 * acted for on the meeting's day (a commune they took over later, or left, counts only for its days), those
	 * named to them (or to the whole team), and those they reported on.
	 */
	List<Count> perHelper(int year, Scope scope, Map<String, String> names) {
		Map<String, List<ScopeContributor.Span>> spans = contacts.spansActedForBy(names.keySet(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		if (spans.isEmpty()) {
			return List.of();
		}
		List<String> helpers = new ArrayList<>();
		List<ScopeContributor.Span> all = new ArrayList<>();
		spans.forEach((username, ofHelper) -> ofHelper.forEach(span -> {
			helpers.add(username);
			all.add(span);
		}));
		Map<String, Object> params = params(year, scope);
		params.put("helpers", helpers.toArray(String[]::new));
		params.put("helperPatterns", all.stream().map(span -> span.path() + "%").toArray(String[]::new));
		params.put("helperFirst", all.stream().map(span -> span.first().toString()).toArray(String[]::new));
		params.put("helperLast", all.stream().map(span -> span.last().toString()).toArray(String[]::new));
		return jdbc.sql("""
				WITH seen AS (
				  SELECT DISTINCT h.helper, m.id
				  FROM unnest(CAST(:helpers AS text[]), CAST(:helperPatterns AS text[]), CAST(:helperFirst AS date[]),
				              CAST(:helperLast AS date[])) AS h (helper, pattern, first_day, last_day)
				  JOIN commune_meeting m ON m.commune_path LIKE h.pattern AND m.held_on BETWEEN h.first_day AND h.last_day
				  WHERE """ + " " + IN_YEAR_AND_SCOPE + """
				)
				SELECT seen.helper,
				       count(*) FILTER (WHERE m.state <> 'CANCELLED') AS published,
				       count(*) FILTER (WHERE m.state IN ('ATTENDEE_NAMED', 'REPORTED')
				                        AND (m.whole_team OR m.attendee = seen.helper)) AS named,
				       count(*) FILTER (WHERE m.state = 'REPORTED' AND m.reported_by = seen.helper) AS attended
				FROM seen JOIN commune_meeting m ON m.id = seen.id
				GROUP BY seen.helper""")
			.params(params)
			.query((rs, n) -> new Count(rs.getString("helper"), names.get(rs.getString("helper")), rs.getLong("published"),
					rs.getLong("named"), rs.getLong("attended")))
			.list()
			.stream()
			.filter(count -> count.published() > 0)
			.sorted(Texts.vietnameseOrder(Count::name))
			.toList();
	}

	private static Map<String, Object> params(int year, Scope scope) {
		Map<String, Object> params = new LinkedHashMap<>(Meetings.scopeParams(scope));
		params.put("from", LocalDate.of(year, 1, 1));
		params.put("to", LocalDate.of(year, 12, 31));
		return params;
	}

	/** A commune (key = code) or a helper (key = username) with its counts for the year. */
	record Count(String key, String name, long published, long named, long attended) {

		/** Attended of published, in whole per cent; zero when nothing was published. */
		public long percent() {
			return published == 0 ? 0 : Math.round(100.0 * attended / published);
		}
	}
}
