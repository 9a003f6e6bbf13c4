package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giupxa.IntegrationTest;
import vn.giupxa.directory.PositionHolderChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The January consolidation, run on a Hà Nội fixture (so the Lào Cai demo stays for the browser test): a draft for
 * the new year with the changes listed, which, once issued, ends the old terms on 31 December.
 */
@IntegrationTest
class AnnualConsolidationTests {

	private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

	@Autowired
	AnnualConsolidation consolidation;

	@Autowired
	AssignmentService service;

	@Autowired
	HandoverRecorder recorder;

	@Autowired
	AssignmentDecisionRepository decisions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDraftCarriesEveryLineInForceOn31DecemberWithItsChangesAndIssuingItEndsTheOldTerms() {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		long hanoi = f.unit("PROVINCE", "01", JULY_2025);
		long baDinh = f.unit("COMMUNE", "00004", JULY_2025);
		long ngocHa = f.unit("COMMUNE", "00008", JULY_2025);
		long agency = f.agency(hanoi, "Sở Kiện toàn");
		long head = f.position(agency, "Giám đốc", "HEAD");
		long deputy = f.position(agency, "Phó Giám đốc", "DEPUTY_HEAD");
		long other = f.position(agency, "Phó Giám đốc thứ hai", "DEPUTY_HEAD");
		long leaving = f.official("Người Cũ");
		long arriving = f.official("Người Mới");
		long member = f.official("Thành Viên");
		f.holding(head, leaving, JULY_2025);
		long previous = f.issuedDecision(hanoi, 2030);
		long first = f.assignment(previous, agency, head, baDinh, LocalDate.of(2030, 1, 2));
		long second = f.assignment(previous, agency, deputy, ngocHa, LocalDate.of(2030, 1, 2));
		f.member(first, member, true);
		long adjustment = f.issuedDecision(hanoi, 2030);
		long third = f.assignment(adjustment, agency, other, baDinh, LocalDate.of(2030, 3, 1));
		jdbc.sql("UPDATE position_holding SET end_on = DATE '2030-05-31' WHERE position_id = :p").param("p", head).update();
		f.holding(head, arriving, LocalDate.of(2030, 6, 1));
		recorder.on(new PositionHolderChanged(head, leaving, arriving, LocalDate.of(2030, 6, 1)));
		jdbc.sql("""
				INSERT INTO adjustment_request (assignment_id, proposed_position_id, reason, status, filed_by, filed_at)
				VALUES (:a, :p, 'Đề nghị thử', 'ACCEPTED', 'test', now())""").param("a", second).param("p", other).update();

		long draftId = transaction.execute(status -> consolidation.build(hanoi, 2031).getId());

		List<AssignmentLine> lines = jdbc.sql(Assignments.SELECT + " WHERE a.decision_id = :id ORDER BY a.replaces_id")
			.param("id", draftId).query(Assignments::line).list();
		assertThat(lines).extracting(AssignmentLine::replacesId).containsExactly(first, second, third);
		assertThat(lines).allSatisfy(line -> {
			assertThat(line.startOn()).isEqualTo(LocalDate.of(2031, 1, 1));
			assertThat(line.decisionStatus()).isEqualTo(DecisionStatus.DRAFT);
		});
		assertThat(lines.get(1).positionId()).isEqualTo(other);
		assertThat(changes(lines.get(0).id())).containsExactly(
				"NEW_HOLDER: Người Cũ " + f.suffix + " → Người Mới " + f.suffix + " (01/06/2030)");
		assertThat(changes(lines.get(1).id())).singleElement().asString().startsWith("ADJUSTMENT_ACCEPTED: Phó Giám đốc");
		assertThat(jdbc.sql("SELECT count(*) FROM help_team_member WHERE assignment_id = :a AND leader")
			.param("a", lines.get(0).id()).query(Long.class).single()).isEqualTo(1);

		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
				Coordinator.everywhere(), null, Coordinator.everywhere().getAuthorities()));
		transaction.executeWithoutResult(status -> decisions.findById(draftId).orElseThrow()
			.update(new AssignmentDecision.Details(2031, "01/QĐ-UBND-" + f.suffix, "Kiện toàn 2031",
					LocalDate.of(2031, 1, 5), "Người ký", "Chủ tịch", null)));
		service.issue(draftId);

		assertThat(jdbc.sql("SELECT end_on FROM assignment WHERE id IN (:ids)").param("ids", List.of(first, second))
			.query(LocalDate.class).list()).containsOnly(LocalDate.of(2030, 12, 31));
		assertThat(jdbc.sql("SELECT end_on FROM assignment WHERE id = :id").param("id", third).query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(jdbc.sql("SELECT supersedes_id FROM assignment_decision WHERE id = :id").param("id", draftId)
			.query(Long.class).single()).isEqualTo(previous);
	}

	private List<String> changes(long assignmentId) {
		return jdbc.sql("SELECT kind || ': ' || detail FROM assignment_change WHERE assignment_id = :a")
			.param("a", assignmentId).query(String.class).list();
	}
}
