package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.IntegrationTest;
import vn.giupxa.shared.ScopeContributor.Span;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giupxa.assignment.ScopeScenario.FROM;
import static vn.giupxa.assignment.ScopeScenario.TO;

/**
 * "Which communes does this official help on a day" is answered for one day (the scope at login) and for a range
 * (the meetings a helper is counted for): on every day of a range, the paths of the one-day answer are those of the
 * range's spans that hold that day, for every demo official and for seats, teams and terms that start and end
 * within the range ({@link ScopeScenario}). The fixtures are rolled back.
 */
@IntegrationTest
class ScopeRuleAgreementTests {

	@Autowired
	AssignmentScopeContributor contributor;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Transactional
	void onEveryDayTheOneDayAnswerIsTheRangeAnswerOfThatDay() {
		ScopeScenario fixtures = ScopeScenario.write(jdbc);
		List<Long> officials = new ArrayList<>(jdbc.sql("SELECT id FROM official WHERE note = 'Dữ liệu minh họa' ORDER BY id")
			.query(Long.class).list());
		officials.addAll(fixtures.officials());

		Map<Long, Map<LocalDate, Set<String>>> perDay = new HashMap<>();
		for (long official : officials) {
			Map<LocalDate, Set<String>> days = new HashMap<>();
			FROM.datesUntil(TO.plusDays(1)).forEach(day -> days.put(day, new TreeSet<>(contributor.pathsFor(official, day))));
			perDay.put(official, days);
		}
		// The whole range, and one that starts and ends inside terms (a handover, an end, a team change).
		List<String> disagreements = new ArrayList<>();
		for (LocalDate[] range : List.of(new LocalDate[] { FROM, TO },
				new LocalDate[] { LocalDate.of(2026, 3, 20), LocalDate.of(2026, 9, 5) })) {
			for (long official : officials) {
				List<Span> spans = contributor.spansFor(official, range[0], range[1]);
				spans.stream().filter(span -> span.first().isBefore(range[0]) || span.last().isAfter(range[1])
						|| span.first().isAfter(span.last()))
					.forEach(span -> disagreements.add(official + ": " + span + " outside " + range[0] + ".." + range[1]));
				range[0].datesUntil(range[1].plusDays(1)).forEach(day -> {
					Set<String> ofSpans = spans.stream().filter(span -> !day.isBefore(span.first()) && !day.isAfter(span.last()))
						.map(Span::path).collect(Collectors.toCollection(TreeSet::new));
					Set<String> ofDay = perDay.get(official).get(day);
					if (!ofSpans.equals(ofDay)) {
						disagreements.add(official + " on " + day + ": one day " + ofDay + ", range " + range[0] + ".."
								+ range[1] + " " + ofSpans);
					}
				});
			}
		}
		assertThat(disagreements).isEmpty();

		// Neither answer is empty for the cases that matter: both would agree if both were wrong the same way.
		String yTy = path("02701");
		String bacHa = path("02839");
		assertThat(seenOn(perDay, demo("duc.tm"), yTy)).contains("2026-03-31").doesNotContain("2026-04-01");
		assertThat(seenOn(perDay, demo("khanh.dq"), yTy)).contains("2026-04-01").doesNotContain("2026-03-31");
		assertThat(seenOn(perDay, demo("hong.dt"), bacHa)).contains("2026-01-05", "2026-08-31")
			.doesNotContain("2026-01-04", "2026-09-01");
		assertThat(seenOn(perDay, demo("nam.lh"), bacHa)).contains("2026-09-01").doesNotContain("2026-08-31");
		assertThat(seenOn(perDay, fixtures.seatEnded(), fixtures.seat())).contains("2026-01-10", "2026-05-15")
			.doesNotContain("2026-01-09", "2026-05-16");
		assertThat(seenOn(perDay, fixtures.seatNew(), fixtures.seat())).contains("2026-05-16", "2027-01-02")
			.doesNotContain("2026-05-15");
		assertThat(runsOf(perDay, fixtures.seatNew(), fixtures.ended())).containsExactly("2026-06-01 .. 2026-06-30");
		assertThat(runsOf(perDay, fixtures.member(), fixtures.ended())).containsExactly("2026-02-01 .. 2026-06-30");
		assertThat(runsOf(perDay, fixtures.member(), fixtures.seat())).containsExactly("2026-03-01 .. 2026-04-30");
		assertThat(runsOf(perDay, fixtures.acting(), fixtures.ended())).containsExactly("2026-02-10 .. 2026-02-20");
		assertThat(runsOf(perDay, fixtures.member(), fixtures.draft())).isEmpty();
		assertThat(runsOf(perDay, fixtures.seatEnded(), fixtures.draft())).isEmpty();
	}

	private long demo(String mailbox) {
		return jdbc.sql("SELECT id FROM official WHERE email = :email").param("email", mailbox + "@laocai.demo")
			.query(Long.class).single();
	}

	private String path(String communeCode) {
		return ScopeScenario.path(jdbc, communeCode);
	}

	/** The days the one-day answer gives the path. */
	private static Set<String> seenOn(Map<Long, Map<LocalDate, Set<String>>> perDay, long official, String path) {
		return perDay.get(official).entrySet().stream().filter(day -> day.getValue().contains(path))
			.map(day -> day.getKey().toString()).collect(Collectors.toCollection(TreeSet::new));
	}

	/** Those days as runs "first .. last". */
	private static List<String> runsOf(Map<Long, Map<LocalDate, Set<String>>> perDay, long official, String path) {
		List<String> runs = new ArrayList<>();
		LocalDate first = null;
		for (LocalDate day = FROM; !day.isAfter(TO.plusDays(1)); day = day.plusDays(1)) {
			boolean seen = !day.isAfter(TO) && perDay.get(official).get(day).contains(path);
			if (seen && first == null) {
				first = day;
			}
			else if (!seen && first != null) {
				runs.add(first + " .. " + day.minusDays(1));
				first = null;
			}
		}
		return runs;
	}
}
