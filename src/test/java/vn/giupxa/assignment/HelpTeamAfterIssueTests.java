package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.ObjectError;
import org.springframework.web.util.HtmlUtils;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Help teams change after the decision is issued: members join and leave from a date, the history is kept, the
 * team and the assigned leader are told, and the commune sees today's team.
 */
@IntegrationTest
class HelpTeamAfterIssueTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 2);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberJoinsAndAnotherLeavesFromADateTheTeamIsToldAndTheCommuneSeesTodaysTeam() throws Exception {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		Team team = team(f);

		mvc.perform(post(members(team)).with(user(Coordinator.everywhere())).with(csrf())
				.param("officialId", String.valueOf(team.joining())).param("startOn", "2026-06-01"))
			.andExpect(flash().attribute("message", "assignment.member.added"));
		long leaving = jdbc.sql("SELECT id FROM help_team_member WHERE assignment_id = :a AND official_id = :o")
			.param("a", team.assignment()).param("o", team.leaving()).query(Long.class).single();
		mvc.perform(post(members(team) + "/" + leaving + "/end").with(user(Coordinator.everywhere())).with(csrf())
				.param("endOn", "2026-09-30"))
			.andExpect(flash().attribute("message", "assignment.member.ended"));

		assertThat(jdbc.sql("SELECT official_id || ' ' || coalesce(start_on::text, '-') || ' ' || coalesce(end_on::text, '-')"
				+ " FROM help_team_member WHERE assignment_id = :a ORDER BY id").param("a", team.assignment())
			.query(String.class).list())
			.containsExactly(team.leaving() + " - 2026-09-30", team.joining() + " 2026-06-01 -");
		assertThat(notices("assignment.notice.memberJoined", f)).containsExactlyInAnyOrder("leader-" + f.suffix,
				"leaving-" + f.suffix);
		assertThat(notices("assignment.notice.memberLeft", f)).containsExactlyInAnyOrder("leader-" + f.suffix,
				"leaving-" + f.suffix);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE object_type = 'HelpTeamMember' AND action = 'UPDATE'
				  AND object_id = :id AND after_state ->> 'endOn' LIKE '2026-09-30%'""").param("id", String.valueOf(leaving))
			.query(Long.class).single()).isEqualTo(1);

		String commune = HtmlUtils.htmlUnescape(mvc.perform(get("/assignments/communes/{code}", team.communeCode())
				.with(user(Coordinator.everywhere())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(commune).contains("Người Mới Vào " + f.suffix).doesNotContain("Người Thôi " + f.suffix);
		String decision = HtmlUtils.htmlUnescape(mvc.perform(get("/assignments/decisions/{id}", team.decision())
				.with(user(Coordinator.everywhere())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(decision).contains("Người Thôi " + f.suffix, "30/09/2026", "01/06/2026")
			.doesNotContain(members(team) + "/" + leaving + "/end").contains("name=\"startOn\"")
			.contains(members(team) + "/" + jdbc.sql("SELECT id FROM help_team_member WHERE official_id = :o")
				.param("o", team.joining()).query(Long.class).single() + "/end");
	}

	@Test
	void joiningWithoutADateOutsideTheTermTwiceOrLeavingTwiceIsRefusedAndNothingChanges() throws Exception {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		Team team = team(f);

		assertThat(refusal(post(members(team)).param("officialId", String.valueOf(team.joining()))))
			.isEqualTo("assignment.member.startOn.required");
		assertThat(refusal(post(members(team)).param("officialId", String.valueOf(team.joining()))
				.param("startOn", "2025-12-01"))).isEqualTo("assignment.member.outsideTerm");
		assertThat(refusal(post(members(team)).param("officialId", String.valueOf(team.leaving()))
				.param("startOn", "2026-06-01"))).isEqualTo("assignment.member.already");
		assertThat(refusal(post(members(team)).param("officialId", String.valueOf(team.joining())).param("leader", "true")
				.param("startOn", "2026-06-01"))).isEqualTo("assignment.member.leaderTaken");
		long leaving = jdbc.sql("SELECT id FROM help_team_member WHERE assignment_id = :a").param("a", team.assignment())
			.query(Long.class).single();
		assertThat(refusal(post(members(team) + "/" + leaving + "/end").param("endOn", "2025-12-31")))
			.isEqualTo("assignment.member.leaveBeforeJoin");

		assertThat(jdbc.sql("SELECT count(*) FROM help_team_member WHERE assignment_id = :a AND end_on IS NULL")
			.param("a", team.assignment()).query(Long.class).single()).isEqualTo(1);
		assertThat(notices("assignment.notice.memberJoined", f)).isEmpty();
	}

	private Team team(AssignmentFixtures f) {
		long hanoi = f.unit("PROVINCE", "01", LocalDate.of(2025, 7, 1));
		String communeCode = jdbc.sql("""
				SELECT code FROM administrative_unit WHERE level = 'COMMUNE' AND valid_from = DATE '2025-07-01'
				  AND path LIKE '/01/%' ORDER BY code DESC LIMIT 1""").query(String.class).single();
		long commune = f.unit("COMMUNE", communeCode, LocalDate.of(2025, 7, 1));
		long agency = f.agency(hanoi, "Sở Tổ giúp việc");
		long head = f.position(agency, "Giám đốc", "HEAD");
		long leader = f.official("Lãnh Đạo");
		long leaving = f.official("Người Thôi");
		long joining = f.official("Người Mới Vào");
		f.holding(head, leader, LocalDate.of(2025, 7, 1));
		account("leader-" + f.suffix, leader);
		account("leaving-" + f.suffix, leaving);
		long decision = f.issuedDecision(hanoi, 2026);
		long assignment = f.assignment(decision, agency, head, commune, START);
		f.member(assignment, leaving, true);
		return new Team(decision, assignment, communeCode, leaving, joining);
	}

	private void account(String username, long officialId) {
		jdbc.sql("INSERT INTO account (username, password_hash, display_name, official_id) VALUES (:u, '{noop}x', :u, :o)")
			.param("u", username).param("o", officialId).update();
	}

	private static String members(Team team) {
		return "/assignments/decisions/" + team.decision() + "/assignments/" + team.assignment() + "/members";
	}

	@SuppressWarnings("unchecked")
	private String refusal(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		List<ObjectError> errors = (List<ObjectError>) mvc.perform(request.with(user(Coordinator.everywhere())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getFlashMap().get("memberErrors");
		assertThat(errors).as("refused with a message").hasSize(1);
		return errors.get(0).getCode();
	}

	private List<String> notices(String key, AssignmentFixtures f) {
		return jdbc.sql("SELECT recipient FROM notice WHERE message_key = :key AND recipient LIKE :suffix")
			.param("key", key).param("suffix", "%-" + f.suffix).query(String.class).list();
	}

	private record Team(long decision, long assignment, String communeCode, long leaving, long joining) {
	}
}
