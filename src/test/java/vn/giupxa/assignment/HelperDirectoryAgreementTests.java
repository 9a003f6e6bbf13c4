package vn.giupxa.assignment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
import vn.giupxa.shared.HelperDirectory;
import vn.giupxa.shared.HelperDirectory.HelperEntry;
import vn.giupxa.shared.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giupxa.assignment.ScopeScenario.FROM;
import static vn.giupxa.assignment.ScopeScenario.TO;

/**
 * The helper filter (of the province criteria matrix and of the calendar) answers "who helps which commune" for a
 * seat, an assigned position whoever holds it, over a span of days, from issued help assignments only. For every demo
 * position and the {@link ScopeScenario}'s, on every day from 29/12/2025 to 02/01/2027, it is proven that:
 * <ol>
 * <li>on a day, a seat helps the communes of the issued help assignments of that position in force that day (the
 * oracle reads the rows and compares the days in Java); whoever holds the seat that day sees those communes at login
 * ({@link AssignmentScopeContributor#pathsFor}), and more, on purpose: the communes of the teams they are in that day
 * and of the issued assignments of another kind that name their seat. The login answer is exactly those three sets:
 * the filter asks which seat helps, the scope what a person may see;</li>
 * <li>over a span (the whole range, a part of it, each month as the calendar asks, spans that start or end on a
 * term's first or last day), a seat helps the union of what it helps on each day; a draft decision on no day;</li>
 * <li>for an area (the province, some communes) and a span, the filter offers exactly the seats that help one of the
 * area's communes during the span, each once, labelled "title – agency", in Vietnamese order of that label.</li>
 * </ol>
 * A seat helps whether held or vacant, and a handover does not change what it helps. The scenario's answers are also
 * stated outright, so that two wrong answers cannot agree. The fixtures are rolled back.
 */
@IntegrationTest
class HelperDirectoryAgreementTests {

	@Autowired
	HelperDirectory directory;

	@Autowired
	AssignmentScopeContributor contributor;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Transactional
	void onADaySeatsHelpTheirIssuedHelpAssignmentsAndTheirHoldersSeeThoseTheirTeamsAndOtherKinds() {
		ScopeScenario scenario = scenario();
		Rows rows = Rows.read(jdbc);
		List<Long> positions = positions(scenario);
		Map<Long, Map<LocalDate, Set<String>>> helped = perDay(positions);
		List<String> disagreements = new ArrayList<>();
		for (long position : positions) {
			everyDay().forEach(day -> {
				Set<String> expected = rows.seatHelps(position, day);
				if (!expected.equals(helped.get(position).get(day))) {
					disagreements.add("seat " + position + " on " + day + ": " + helped.get(position).get(day) + ", rows "
							+ expected);
				}
			});
		}
		Set<Long> officials = new TreeSet<>(scenario.officials());
		rows.holdings().stream().filter(holding -> positions.contains(holding.position()))
			.forEach(holding -> officials.add(holding.official()));
		Map<Long, Map<LocalDate, Set<String>>> seen = new HashMap<>();
		for (long official : officials) {
			everyDay().forEach(day -> {
				Set<String> atLogin = new TreeSet<>(contributor.pathsFor(official, day));
				seen.computeIfAbsent(official, key -> new HashMap<>()).put(day, atLogin);
				Set<String> ofSeats = new TreeSet<>();
				rows.heldBy(official, day).forEach(position -> ofSeats.addAll(helped.containsKey(position)
						? helped.get(position).get(day) : directory.communesOf(position, day, day)));
				if (!atLogin.containsAll(ofSeats)) {
					disagreements.add("official " + official + " on " + day + ": at login " + atLogin + ", not all of "
							+ "their seats' " + ofSeats);
				}
				Set<String> expected = new TreeSet<>(ofSeats);
				expected.addAll(rows.alsoSeen(official, day));
				if (!atLogin.equals(expected)) {
					disagreements.add("official " + official + " on " + day + ": at login " + atLogin + ", their seats'"
							+ " with their teams' and other kinds' " + expected);
				}
			});
		}
		assertThat(disagreements).isEmpty();

		// The seat helps from its assignment's first day, before and after the handover of 16/05/2026 alike, while the
		// person who sees it changes; a vacant seat still helps.
		String sponsored = ScopeScenario.path(jdbc, "03037");
		assertThat(helped.get(scenario.head()).get(LocalDate.of(2026, 1, 9))).isEmpty();
		for (LocalDate day : List.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 16), TO)) {
			assertThat(helped.get(scenario.head()).get(day)).containsExactly(scenario.seat());
		}
		assertThat(seen.get(scenario.seatEnded()).get(LocalDate.of(2026, 5, 15))).containsExactlyInAnyOrder(scenario.seat(),
				sponsored);
		assertThat(seen.get(scenario.seatEnded()).get(LocalDate.of(2026, 5, 16))).isEmpty();
		assertThat(seen.get(scenario.seatNew()).get(LocalDate.of(2026, 5, 15))).isEmpty();
		assertThat(seen.get(scenario.seatNew()).get(LocalDate.of(2026, 5, 16))).containsExactlyInAnyOrder(scenario.seat(),
				sponsored);
		// At login the new head also sees the ended deputy's commune (in its team from 01/06) and the sponsorship
		// naming the seat; the seat helps neither.
		assertThat(seen.get(scenario.seatNew()).get(LocalDate.of(2026, 6, 15))).containsExactlyInAnyOrder(scenario.seat(),
				scenario.ended(), sponsored);
		assertThat(helped.get(scenario.head()).get(LocalDate.of(2026, 6, 15))).containsExactly(scenario.seat());
		// The deputy's assignment: its first and last days count, the days around them do not.
		assertThat(helped.get(scenario.deputy()).get(LocalDate.of(2026, 1, 31))).isEmpty();
		assertThat(helped.get(scenario.deputy()).get(LocalDate.of(2026, 2, 1))).containsExactly(scenario.ended());
		assertThat(helped.get(scenario.deputy()).get(LocalDate.of(2026, 6, 30))).containsExactly(scenario.ended());
		assertThat(helped.get(scenario.deputy()).get(LocalDate.of(2026, 7, 1))).isEmpty();
		// The acting deputy sees it while holding the seat (10/02 to 20/02); the seat helps before and after them.
		assertThat(seen.get(scenario.acting()).get(LocalDate.of(2026, 2, 20))).containsExactly(scenario.ended());
		assertThat(seen.get(scenario.acting()).get(LocalDate.of(2026, 2, 21))).isEmpty();
		assertThat(helped.get(scenario.deputy()).get(LocalDate.of(2026, 2, 21))).containsExactly(scenario.ended());
		// A team member holds no seat and still sees the communes of their teams; the draft's never.
		assertThat(seen.get(scenario.member()).get(LocalDate.of(2026, 3, 15))).containsExactlyInAnyOrder(scenario.seat(),
				scenario.ended());
		assertThat(seen.get(scenario.member()).get(LocalDate.of(2026, 5, 1))).containsExactly(scenario.ended());
		// The demo director's seat of Sở NN&MT, handed over on 01/04/2026, helps Y Tý on both sides of the handover.
		long director = demoSeat("LCI-SNNMT", "Giám đốc");
		assertThat(helped.get(director).get(LocalDate.of(2026, 3, 31))).containsExactly(ScopeScenario.path(jdbc, "02701"));
		assertThat(helped.get(director).get(LocalDate.of(2026, 4, 1))).containsExactly(ScopeScenario.path(jdbc, "02701"));
	}

	@Test
	@Transactional
	void overASpanASeatHelpsWhatItHelpsOnSomeDayOfTheSpan() {
		ScopeScenario scenario = scenario();
		List<Long> positions = positions(scenario);
		Map<Long, Map<LocalDate, Set<String>>> helped = perDay(positions);
		List<String> disagreements = new ArrayList<>();
		for (Days span : spans()) {
			for (long position : positions) {
				Set<String> ofSpan = new TreeSet<>(directory.communesOf(position, span.first(), span.last()));
				Set<String> ofDays = new TreeSet<>();
				span.first().datesUntil(span.last().plusDays(1)).forEach(day -> ofDays.addAll(helped.get(position).get(day)));
				if (!ofSpan.equals(ofDays)) {
					disagreements.add("seat " + position + " over " + span + ": " + ofSpan + ", its days " + ofDays);
				}
			}
		}
		assertThat(disagreements).isEmpty();

		// The draft names the head's seat at another commune from 05/01/2026: never counted.
		assertThat(directory.communesOf(scenario.head(), FROM, TO)).containsExactly(scenario.seat());
		assertThat(directory.communesOf(scenario.head(), FROM, LocalDate.of(2026, 1, 9))).isEmpty();
		assertThat(directory.communesOf(scenario.head(), FROM, LocalDate.of(2026, 1, 10))).containsExactly(scenario.seat());
		assertThat(directory.communesOf(scenario.deputy(), LocalDate.of(2026, 6, 30), TO)).containsExactly(scenario.ended());
		assertThat(directory.communesOf(scenario.deputy(), LocalDate.of(2026, 7, 1), TO)).isEmpty();
		assertThat(directory.communesOf(scenario.deputy(), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 9, 5)))
			.containsExactly(scenario.ended());
	}

	@Test
	@Transactional
	void theFilterOffersOnceEachSeatThatHelpsACommuneOfTheAreaDuringTheSpanInVietnameseOrder() {
		ScopeScenario scenario = scenario();
		// Every seat, not only the demo's: a seat that helps the area and is not offered is as wrong as the reverse.
		Map<Long, String> labels = jdbc.sql("""
				SELECT p.id, p.title || ' – ' || coalesce(ag.short_name, ag.name) AS label
				FROM agency_position p JOIN agency ag ON ag.id = p.agency_id""")
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("label"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		String province = jdbc.sql(
				"SELECT path FROM administrative_unit WHERE level = 'PROVINCE' AND code = '15' AND valid_to IS NULL")
			.query(String.class).single();
		String yTy = ScopeScenario.path(jdbc, "02701");
		String sponsored = ScopeScenario.path(jdbc, "03037");
		List<String> areas = List.of(province, yTy, scenario.seat(), scenario.ended(), scenario.draft(), sponsored);
		Comparator<HelperEntry> vietnamese = Texts.vietnameseOrder(HelperEntry::label);
		List<String> disagreements = new ArrayList<>();
		for (Days span : spans()) {
			Map<Long, Set<String>> helped = new HashMap<>();
			labels.keySet().forEach(position -> helped.put(position, directory.communesOf(position, span.first(), span.last())));
			for (String area : areas) {
				List<HelperEntry> offered = directory.helpers(area, span.first(), span.last());
				Set<Long> expected = helped.entrySet().stream()
					.filter(seat -> seat.getValue().stream().anyMatch(path -> path.startsWith(area)))
					.map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
				List<Long> ids = offered.stream().map(HelperEntry::id).toList();
				boolean labelled = offered.stream().allMatch(entry -> entry.label().equals(labels.get(entry.id())));
				boolean ordered = offered.stream().sorted(vietnamese).toList().equals(offered);
				if (ids.size() != new HashSet<>(ids).size() || !new TreeSet<>(ids).equals(expected) || !labelled || !ordered) {
					disagreements.add(area + " over " + span + ": offered " + offered + ", seats helping it " + expected);
				}
			}
		}
		assertThat(disagreements).isEmpty();

		// Stated outright for the demo's and the scenario's seats: other tests share the database and may commit seats
		// of their own at these communes.
		Set<Long> known = new HashSet<>(positions(scenario));
		LocalDate newYear = LocalDate.of(2026, 1, 1);
		assertThat(labelsOf(known, directory.helpers(yTy, newYear, LocalDate.of(2026, 12, 31))))
			.containsExactly("Giám đốc – Sở NN&MT", "Giám đốc – Sở Nội vụ");
		String head = "Giám đốc – " + jdbc.sql("SELECT name FROM agency WHERE id = :id").param("id", scenario.agency())
			.query(String.class).single();
		assertThat(labelsOf(known, directory.helpers(scenario.seat(), newYear, LocalDate.of(2026, 1, 9))))
			.containsExactly("Phó Giám đốc – Sở Tài chính");
		assertThat(labelsOf(known, directory.helpers(scenario.seat(), newYear, LocalDate.of(2026, 1, 10))))
			.containsExactly(head, "Phó Giám đốc – Sở Tài chính");
		// Not the deputy's seat after its assignment ended, nor the head's named by a draft or by a sponsorship.
		assertThat(labelsOf(known, directory.helpers(scenario.ended(), LocalDate.of(2026, 7, 1), TO)))
			.containsExactly("Phó Giám đốc – Sở Tài chính");
		assertThat(labelsOf(known, directory.helpers(scenario.draft(), FROM, TO)))
			.containsExactly("Phó Giám đốc – Sở Tài chính");
		assertThat(directory.helpers(sponsored, FROM, TO)).extracting(HelperEntry::id).doesNotContain(scenario.head())
			.isNotEmpty();
		assertThat(directory.helpers(province, FROM, TO)).extracting(HelperEntry::id)
			.contains(scenario.head(), scenario.deputy());
		assertThat(directory.helpers(province, LocalDate.of(2026, 7, 1), TO)).extracting(HelperEntry::id)
			.contains(scenario.head()).doesNotContain(scenario.deputy());
	}

	/**
	 * The {@link ScopeScenario}, and a sponsorship that names the head's seat at Tả Van from 10/01/2026: the service
	 * never writes one (a sponsorship names an agency), the table allows it, and the scope at login counts it.
	 */
	private ScopeScenario scenario() {
		ScopeScenario scenario = ScopeScenario.write(jdbc);
		jdbc.sql("""
				INSERT INTO assignment (decision_id, kind, agency_id, position_id, unit_id, start_on)
				SELECT :decision, 'SPONSORSHIP', :agency, :position, u.id, DATE '2026-01-10' FROM administrative_unit u
				WHERE u.level = 'COMMUNE' AND u.code = '03037' AND u.valid_to IS NULL""")
			.param("decision", scenario.decision()).param("agency", scenario.agency()).param("position", scenario.head())
			.update();
		return scenario;
	}

	/** Every demo position (of the Lào Cai agencies, the former province's included) and the scenario's. */
	private List<Long> positions(ScopeScenario scenario) {
		List<Long> positions = new ArrayList<>(jdbc.sql("""
				SELECT p.id FROM agency_position p JOIN agency ag ON ag.id = p.agency_id WHERE ag.code LIKE 'LCI%' ORDER BY p.id""")
			.query(Long.class).list());
		positions.addAll(scenario.positions());
		return positions;
	}

	private long demoSeat(String agencyCode, String title) {
		return jdbc.sql("""
				SELECT p.id FROM agency_position p JOIN agency ag ON ag.id = p.agency_id
				WHERE ag.code = :code AND p.title = :title""")
			.param("code", agencyCode).param("title", title).query(Long.class).single();
	}

	/** What each seat helps on each day of the range, asked one day at a time. */
	private Map<Long, Map<LocalDate, Set<String>>> perDay(List<Long> positions) {
		Map<Long, Map<LocalDate, Set<String>>> helped = new HashMap<>();
		for (long position : positions) {
			Map<LocalDate, Set<String>> days = new HashMap<>();
			everyDay().forEach(day -> days.put(day, new TreeSet<>(directory.communesOf(position, day, day))));
			helped.put(position, days);
		}
		return helped;
	}

	private static List<LocalDate> everyDay() {
		return FROM.datesUntil(TO.plusDays(1)).toList();
	}

	/**
	 * The whole range, one that starts and ends inside terms, each month of 2026 (as the calendar asks), and spans that
	 * end the day before a term starts, or start on the day it ends or the day after.
	 */
	private static List<Days> spans() {
		List<Days> spans = new ArrayList<>(List.of(new Days(FROM, TO),
				new Days(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 9, 5)),
				new Days(FROM, LocalDate.of(2026, 1, 9)), new Days(FROM, LocalDate.of(2026, 1, 10)),
				new Days(LocalDate.of(2026, 6, 30), TO), new Days(LocalDate.of(2026, 7, 1), TO),
				new Days(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20))));
		for (int month = 1; month <= 12; month++) {
			YearMonth shown = YearMonth.of(2026, month);
			spans.add(new Days(shown.atDay(1), shown.atEndOfMonth()));
		}
		return spans;
	}

	/** The labels of the offered seats that are among {@code known}, in the order offered. */
	private static List<String> labelsOf(Set<Long> known, List<HelperEntry> helpers) {
		return helpers.stream().filter(helper -> known.contains(helper.id())).map(HelperEntry::label).toList();
	}

	private record Days(LocalDate first, LocalDate last) {
	}

	/** The rows the answers are read from, with the days compared here rather than by a statement. */
	private record Rows(List<Term> terms, List<Membership> memberships, List<Holding> holdings) {

		static Rows read(JdbcClient jdbc) {
			List<Term> terms = jdbc.sql("""
					SELECT a.id, a.position_id, a.kind, d.status, u.path, a.start_on, a.end_on
					FROM assignment a JOIN assignment_decision d ON d.id = a.decision_id
					JOIN administrative_unit u ON u.id = a.unit_id""")
				.query((rs, row) -> new Term(rs.getLong("id"), rs.getObject("position_id", Long.class), rs.getString("kind"),
						rs.getString("status"), rs.getString("path"), rs.getObject("start_on", LocalDate.class),
						rs.getObject("end_on", LocalDate.class)))
				.list();
			List<Membership> memberships = jdbc.sql("SELECT assignment_id, official_id, start_on, end_on FROM help_team_member")
				.query((rs, row) -> new Membership(rs.getLong("assignment_id"), rs.getLong("official_id"),
						rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class)))
				.list();
			List<Holding> holdings = jdbc.sql("SELECT position_id, official_id, start_on, end_on FROM position_holding")
				.query((rs, row) -> new Holding(rs.getLong("position_id"), rs.getLong("official_id"),
						rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class)))
				.list();
			return new Rows(terms, memberships, holdings);
		}

		/** The communes of the seat's issued help assignments in force on the day. */
		Set<String> seatHelps(long position, LocalDate day) {
			return terms.stream().filter(term -> Long.valueOf(position).equals(term.position()) && "HELP".equals(term.kind())
					&& term.issuedOn(day)).map(Term::path).collect(Collectors.toCollection(TreeSet::new));
		}

		Set<Long> heldBy(long official, LocalDate day) {
			return holdings.stream().filter(holding -> holding.official() == official
					&& Dates.within(holding.startOn(), holding.endOn(), day)).map(Holding::position)
				.collect(Collectors.toSet());
		}

		/**
		 * What the official sees at login on the day besides the communes of their seats: those of the issued
		 * assignments in force whose team they are in, and of the issued assignments of another kind naming their seat.
		 */
		Set<String> alsoSeen(long official, LocalDate day) {
			Set<Long> teams = memberships.stream().filter(member -> member.official() == official
					&& Dates.within(member.startOn(), member.endOn(), day)).map(Membership::assignment)
				.collect(Collectors.toSet());
			Set<Long> seats = heldBy(official, day);
			return terms.stream().filter(term -> term.issuedOn(day) && (teams.contains(term.id())
					|| !"HELP".equals(term.kind()) && term.position() != null && seats.contains(term.position())))
				.map(Term::path).collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private record Term(long id, Long position, String kind, String status, String path, LocalDate startOn,
			LocalDate endOn) {

		boolean issuedOn(LocalDate day) {
			return "ISSUED".equals(status) && Dates.within(startOn, endOn, day);
		}
	}

	private record Membership(long assignment, long official, LocalDate startOn, LocalDate endOn) {
	}

	private record Holding(long position, long official, LocalDate startOn, LocalDate endOn) {
	}
}
