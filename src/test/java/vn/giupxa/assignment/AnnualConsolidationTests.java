package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Test
	void agenciesRenamedOrMergedAreListedAndLinesMoveToTheMappedSuccessorPositionOrAreFlagged() {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		long hcm = f.unit("PROVINCE", "79", JULY_2025);
		List<Long> communes = communesUnder(hcm, 2);
		long renamed = f.agency(hcm, "Sở Đổi Tên");
		long merged = f.agency(hcm, "Sở Tài nguyên");
		long successor = f.agency(hcm, "Sở Tiếp nhận");
		long renamedHead = f.position(renamed, "Giám đốc", "HEAD");
		long mergedHead = f.position(merged, "Giám đốc", "HEAD");
		long mergedDeputy = f.position(merged, "Phó Giám đốc", "DEPUTY_HEAD");
		long successorDeputy = f.position(successor, "Phó Giám đốc phụ trách tài nguyên", "DEPUTY_HEAD");
		long decision = f.issuedDecision(hcm, 2033);
		long first = f.assignment(decision, renamed, renamedHead, communes.get(0), LocalDate.of(2033, 1, 2));
		long second = f.assignment(decision, merged, mergedDeputy, communes.get(1), LocalDate.of(2033, 1, 2));
		long third = f.assignment(decision, merged, mergedHead, communes.get(0), LocalDate.of(2033, 1, 2));
		jdbc.sql("""
				INSERT INTO agency_rename (agency_id, old_name, new_name, effective_on)
				VALUES (:a, 'Sở Tên Cũ', 'Sở Tên Mới', DATE '2033-06-01')""").param("a", renamed).update();
		long mergerId = jdbc.sql("""
				INSERT INTO agency_merger (agency_id, successor_agency_id, effective_on)
				VALUES (:a, :s, DATE '2033-09-01') RETURNING id""").param("a", merged).param("s", successor)
			.query(Long.class).single();
		jdbc.sql("INSERT INTO agency_merger_position VALUES (:m, :p, :s)").param("m", mergerId)
			.param("p", mergedDeputy).param("s", successorDeputy).update();
		jdbc.sql("UPDATE agency SET valid_to = DATE '2033-08-31' WHERE id = :a").param("a", merged).update();

		long draftId = transaction.execute(status -> consolidation.build(hcm, 2034).getId());

		List<AssignmentLine> lines = jdbc.sql(Assignments.SELECT + " WHERE a.decision_id = :id ORDER BY a.replaces_id")
			.param("id", draftId).query(Assignments::line).list();
		assertThat(lines).extracting(AssignmentLine::replacesId).containsExactly(first, second, third);
		assertThat(changes(lines.get(0).id())).containsExactly("AGENCY_RENAMED: Sở Tên Cũ → Sở Tên Mới (01/06/2033)");
		assertThat(lines.get(1).agencyId()).isEqualTo(successor);
		assertThat(lines.get(1).positionId()).isEqualTo(successorDeputy);
		assertThat(changes(lines.get(1).id())).containsExactly("AGENCY_MERGED: Sở Tài nguyên " + f.suffix
				+ " → Sở Tiếp nhận " + f.suffix + " (01/09/2033)");
		assertThat(lines.get(2).positionId()).isEqualTo(mergedHead);
		assertThat(changes(lines.get(2).id())).containsExactly(
				"AGENCY_MERGED: Sở Tài nguyên " + f.suffix + " → Sở Tiếp nhận " + f.suffix + " (01/09/2033)",
				"NEEDS_NEW_POSITION: Giám đốc – Sở Tài nguyên " + f.suffix);
	}

	@Test
	void linesOfCommunesMergedOn1July2025AreCarriedToTheSuccessorCommuneOfTheNewProvince() {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		long daNang = f.unit("PROVINCE", "48", JULY_2025);
		// Two old communes of a province merged into Đà Nẵng that became one new commune.
		Map<String, Object> merger = jdbc.sql("""
				SELECT l.successor_id AS successor, min(o.id) AS one, max(o.id) AS other,
				       min(o.name) AS one_name
				FROM unit_lineage l
				JOIN administrative_unit o ON o.id = l.predecessor_id AND o.level = 'COMMUNE'
				JOIN administrative_unit n ON n.id = l.successor_id
				WHERE n.path LIKE '/48/%' GROUP BY l.successor_id HAVING count(*) >= 2 ORDER BY l.successor_id LIMIT 1""")
			.query().singleRow();
		long oldProvince = jdbc.sql("""
				SELECT p.id FROM administrative_unit o
				JOIN administrative_unit p ON p.level = 'PROVINCE' AND o.path LIKE p.path || '%' AND p.valid_to = DATE '2025-06-30'
				WHERE o.id = :o""").param("o", merger.get("one")).query(Long.class).single();
		long agency = f.agency(daNang, "Sở Sắp xếp");
		long head = f.position(agency, "Giám đốc", "HEAD");
		long member = f.official("Tổ Viên");
		long decision = f.issuedDecision(oldProvince, 2025);
		long first = f.assignment(decision, agency, head, ((Number) merger.get("one")).longValue(), LocalDate.of(2025, 1, 2));
		long second = f.assignment(decision, agency, head, ((Number) merger.get("other")).longValue(), LocalDate.of(2025, 1, 2));
		f.member(second, member, true);

		long draftId = transaction.execute(status -> consolidation.build(daNang, 2026).getId());

		List<AssignmentLine> lines = jdbc.sql(Assignments.SELECT + " WHERE a.decision_id = :id")
			.param("id", draftId).query(Assignments::line).list();
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.unitId()).isEqualTo(((Number) merger.get("successor")).longValue());
			assertThat(line.replacesId()).isEqualTo(first);
			assertThat(line.startOn()).isEqualTo(LocalDate.of(2026, 1, 1));
			assertThat(changes(line.id())).hasSize(2).allSatisfy(change -> assertThat(change).startsWith("COMMUNE_MERGED: "));
			assertThat(changes(line.id())).anySatisfy(change -> assertThat(change).contains((String) merger.get("one_name")));
		});
		assertThat(jdbc.sql("SELECT official_id FROM help_team_member WHERE assignment_id = :a AND leader")
			.param("a", lines.get(0).id()).query(Long.class).single()).isEqualTo(member);
		assertThat(jdbc.sql("SELECT issuer_unit_id FROM assignment_decision WHERE id = :id").param("id", draftId)
			.query(Long.class).single()).isEqualTo(daNang);
	}

	@Test
	void aLineOfACommuneThatEndedWithoutASuccessorIsListedForReviewAndTheDraftCannotBeIssuedWithIt() {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		long canTho = f.unit("PROVINCE", "92", JULY_2025);
		long kept = communesUnder(canTho, 1).get(0);
		// A commune of the fixture, in force only in the first half of 2035 (so the real map of other years stays as it
		// is), that ends with no successor on the map (no lineage row).
		long ended = jdbc.sql("""
				INSERT INTO administrative_unit (code, name, level, unit_type, parent_id, path, valid_from, valid_to)
				SELECT :code, :name, 'COMMUNE', 'COMMUNE', p.id, p.path || :code || '/', DATE '2035-01-01', DATE '2035-06-30'
				FROM administrative_unit p WHERE p.id = :p RETURNING id""")
			.param("code", "Z" + f.suffix).param("name", "Xã Không Kế Thừa " + f.suffix).param("p", canTho)
			.query(Long.class).single();
		long agency = f.agency(canTho, "Sở Rà soát");
		long head = f.position(agency, "Giám đốc", "HEAD");
		long decision = f.issuedDecision(canTho, 2035);
		long orphan = f.assignment(decision, agency, head, ended, LocalDate.of(2035, 1, 2));
		long other = f.assignment(decision, agency, head, kept, LocalDate.of(2035, 1, 2));

		long draftId = transaction.execute(status -> consolidation.build(canTho, 2036).getId());

		List<AssignmentLine> lines = jdbc.sql(Assignments.SELECT + " WHERE a.decision_id = :id ORDER BY a.replaces_id")
			.param("id", draftId).query(Assignments::line).list();
		assertThat(lines).extracting(AssignmentLine::replacesId).containsExactly(orphan, other);
		assertThat(lines.get(0).unitId()).isEqualTo(ended);
		assertThat(changes(lines.get(0).id()))
			.containsExactly("COMMUNE_WITHOUT_SUCCESSOR: Xã Không Kế Thừa " + f.suffix + " (Z" + f.suffix + ")");
		assertThat(changes(lines.get(1).id())).isEmpty();

		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
				Coordinator.everywhere(), null, Coordinator.everywhere().getAuthorities()));
		transaction.executeWithoutResult(status -> decisions.findById(draftId).orElseThrow()
			.update(new AssignmentDecision.Details(2036, "01/QĐ-UBND-" + f.suffix, "Kiện toàn 2036",
					LocalDate.of(2036, 1, 5), "Người ký", "Chủ tịch", null)));
		assertThatThrownBy(() -> service.issue(draftId)).isInstanceOf(NotACommuneException.class)
			.satisfies(refused -> assertThat(((NotACommuneException) refused).arguments())
				.containsExactly("Z" + f.suffix, "01/01/2036"));
		assertThat(jdbc.sql("SELECT status FROM assignment_decision WHERE id = :id").param("id", draftId)
			.query(String.class).single()).isEqualTo("DRAFT");
		assertThat(jdbc.sql("SELECT count(*) FROM assignment WHERE id IN (:ids) AND end_on IS NULL")
			.param("ids", List.of(orphan, other)).query(Long.class).single()).isEqualTo(2);

		transaction.executeWithoutResult(status -> service.removeAssignment(draftId, lines.get(0).id()));
		service.issue(draftId);
		assertThat(jdbc.sql("SELECT end_on FROM assignment WHERE id IN (:ids)").param("ids", List.of(orphan, other))
			.query(LocalDate.class).list()).containsOnly(LocalDate.of(2035, 12, 31));
	}

	@Test
	void issuingEndsEveryLineFoldedIntoTheNewOneEvenWhenItCameFromAnotherDecisionThanTheSupersededOne() {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		long haiPhong = f.unit("PROVINCE", "31", JULY_2025);
		Map<String, Object> merger = jdbc.sql("""
				SELECT l.successor_id AS successor, min(o.id) AS one, max(o.id) AS other
				FROM unit_lineage l
				JOIN administrative_unit o ON o.id = l.predecessor_id AND o.level = 'COMMUNE'
				JOIN administrative_unit n ON n.id = l.successor_id
				WHERE n.path LIKE '/31/%' GROUP BY l.successor_id HAVING count(*) >= 2 ORDER BY l.successor_id LIMIT 1""")
			.query().singleRow();
		long one = ((Number) merger.get("one")).longValue();
		long other = ((Number) merger.get("other")).longValue();
		long oldProvince = jdbc.sql("""
				SELECT p.id FROM administrative_unit o
				JOIN administrative_unit p ON p.level = 'PROVINCE' AND o.path LIKE p.path || '%' AND p.valid_to = DATE '2025-06-30'
				WHERE o.id = :o""").param("o", one).query(Long.class).single();
		long agency = f.agency(haiPhong, "Sở Gộp dòng");
		long head = f.position(agency, "Giám đốc", "HEAD");
		long deputy = f.position(agency, "Phó Giám đốc", "DEPUTY_HEAD");
		// The main decision of 2025 (two lines, so the draft supersedes it) and a later adjustment decision.
		long main = f.issuedDecision(oldProvince, 2025);
		long first = f.assignment(main, agency, head, one, LocalDate.of(2025, 1, 2));
		long firstDeputy = f.assignment(main, agency, deputy, one, LocalDate.of(2025, 1, 2));
		long adjustment = f.issuedDecision(oldProvince, 2025);
		long second = f.assignment(adjustment, agency, head, other, LocalDate.of(2025, 3, 1));

		long draftId = transaction.execute(status -> consolidation.build(haiPhong, 2026).getId());

		assertThat(jdbc.sql("SELECT supersedes_id FROM assignment_decision WHERE id = :id").param("id", draftId)
			.query(Long.class).single()).isEqualTo(main);
		long folded = jdbc.sql("SELECT id FROM assignment WHERE decision_id = :d AND position_id = :p")
			.param("d", draftId).param("p", head).query(Long.class).single();
		assertThat(jdbc.sql("SELECT folded_id FROM assignment_folded WHERE assignment_id = :a").param("a", folded)
			.query(Long.class).list()).containsExactly(second);

		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
				Coordinator.everywhere(), null, Coordinator.everywhere().getAuthorities()));
		transaction.executeWithoutResult(status -> decisions.findById(draftId).orElseThrow()
			.update(new AssignmentDecision.Details(2026, "01/QĐ-UBND-" + f.suffix, "Kiện toàn 2026",
					LocalDate.of(2026, 1, 5), "Người ký", "Chủ tịch", null)));
		service.issue(draftId);

		assertThat(jdbc.sql("SELECT end_on FROM assignment WHERE id IN (:ids)")
			.param("ids", List.of(first, firstDeputy, second)).query(LocalDate.class).list())
			.hasSize(3).containsOnly(LocalDate.of(2025, 12, 31));
	}

	private List<Long> communesUnder(long provinceId, int count) {
		return jdbc.sql("""
				SELECT c.id FROM administrative_unit c JOIN administrative_unit p ON p.id = :p
				WHERE c.level = 'COMMUNE' AND c.valid_from = DATE '2025-07-01' AND c.path LIKE p.path || '%'
				ORDER BY c.code LIMIT :n""").param("p", provinceId).param("n", count).query(Long.class).list();
	}

	private List<String> changes(long assignmentId) {
		return jdbc.sql("SELECT kind || ': ' || detail FROM assignment_change WHERE assignment_id = :a")
			.param("a", assignmentId).query(String.class).list();
	}
}
