package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.IntegrationTest;
import vn.giupxa.assignment.AssignmentFixtures;
import vn.giupxa.shared.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The helpers of the attendance page are counted together: each for the communes and days they helped, as if
 * counted alone. The fixtures (in 2031, away from other tests' meetings) are rolled back.
 */
@IntegrationTest
class MeetingAttendancePerHelperTests {

	private static final int YEAR = 2031;

	@Autowired
	MeetingAttendanceCounts counts;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Transactional
	void helpersOfOnePageAreEachCountedForTheirOwnCommunesAndDaysAsWhenCountedAlone() {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		LocalDate start = LocalDate.of(2025, 7, 1);
		long province = f.unit("PROVINCE", "15", start);
		long agency = f.agency(province, "Sở Đếm họp");
		long head = f.position(agency, "Giám đốc", "HEAD");
		long deputy = f.position(agency, "Phó Giám đốc", "DEPUTY_HEAD");
		long leaderOfficial = f.official("Người Giữ Ghế");
		long memberOfficial = f.official("Người Vào Tổ");
		f.holding(head, leaderOfficial, start);
		long decision = f.issuedDecision(province, YEAR);
		f.assignment(decision, agency, head, f.unit("COMMUNE", "03037", start), LocalDate.of(YEAR, 1, 1));
		long bacHa = f.assignment(decision, agency, deputy, f.unit("COMMUNE", "02839", start), LocalDate.of(YEAR, 1, 1));
		f.member(bacHa, memberOfficial, LocalDate.of(YEAR, 7, 1), null);
		String leader = account("leader-" + f.suffix, leaderOfficial);
		String member = account("member-" + f.suffix, memberOfficial);
		String nobody = account("nobody-" + f.suffix, null);

		// Tả Van: one reported by the leader. Bắc Hà: before the member joined, after (named to the whole team), cancelled.
		meeting("03037", LocalDate.of(YEAR, 3, 10), "REPORTED", leader, false, leader);
		meeting("02839", LocalDate.of(YEAR, 6, 30), "PUBLISHED", null, false, null);
		meeting("02839", LocalDate.of(YEAR, 7, 1), "ATTENDEE_NAMED", null, true, null);
		meeting("02839", LocalDate.of(YEAR, 8, 1), "CANCELLED", null, false, null);

		Map<String, String> names = new LinkedHashMap<>();
		names.put(nobody, "Không Giúp " + f.suffix);
		names.put(member, "Người Vào Tổ " + f.suffix);
		names.put(leader, "Người Giữ Ghế " + f.suffix);
		names.put("totgiupviec", "Phạm Thị Lan");
		names.put("lanhdao.snnmt", "Lò Văn Páo");
		List<MeetingAttendanceCounts.Count> together = counts.perHelper(YEAR, Scope.everywhere(), names);

		assertThat(together).extracting(MeetingAttendanceCounts.Count::key).doesNotContain(nobody)
			.contains(leader, member, "totgiupviec", "lanhdao.snnmt");
		assertThat(together).filteredOn(count -> count.key().equals(leader)).singleElement()
			.isEqualTo(new MeetingAttendanceCounts.Count(leader, "Người Giữ Ghế " + f.suffix, 1, 1, 1));
		assertThat(together).filteredOn(count -> count.key().equals(member)).singleElement()
			.isEqualTo(new MeetingAttendanceCounts.Count(member, "Người Vào Tổ " + f.suffix, 1, 1, 0));
		names.forEach((username, name) -> assertThat(counts.perHelper(YEAR, Scope.everywhere(), Map.of(username, name)))
			.isEqualTo(together.stream().filter(count -> count.key().equals(username)).toList()));
		// The page is in Vietnamese order of the names.
		assertThat(together).extracting(MeetingAttendanceCounts.Count::name)
			.containsSubsequence("Lò Văn Páo", "Người Giữ Ghế " + f.suffix, "Người Vào Tổ " + f.suffix, "Phạm Thị Lan");
		// Outside the caller's scope nothing is counted.
		assertThat(counts.perHelper(YEAR, Scope.of(java.util.Set.of("/15/02701/")), names)).isEmpty();
	}

	private String account(String username, Long official) {
		jdbc.sql("INSERT INTO account (username, password_hash, display_name, official_id) VALUES (:u, '{noop}x', :u, :o)")
			.param("u", username).param("o", official).update();
		return username;
	}

	private void meeting(String communeCode, LocalDate day, String state, String attendee, boolean wholeTeam,
			String reportedBy) {
		jdbc.sql("""
				INSERT INTO commune_meeting (commune_id, commune_path, kind, held_on, place, agenda, published_by, published_at,
				                             state, attendee, whole_team, reported_by)
				SELECT u.id, u.path, 'VILLAGE', :day, 'Nhà văn hóa thôn', 'Đếm theo người giúp', 'xa.test', now(), :state,
				       :attendee, :wholeTeam, :reportedBy
				FROM administrative_unit u WHERE u.code = :code AND u.level = 'COMMUNE' AND u.valid_to IS NULL""")
			.param("day", day).param("state", state).param("attendee", attendee).param("wholeTeam", wholeTeam)
			.param("reportedBy", reportedBy).param("code", communeCode).update();
	}
}
