package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cases where the notions of "who helps which commune" could part, written once for the tests that hold them
 * together: an agency with a head's seat handed over on 16/05/2026 (assignment from 10/01/2026 at Bảo Nhai, a team
 * member from 01/03 to 30/04), a deputy's assignment at Nậm Lúc that ended on 30/06/2026 (a member for its whole
 * term, another from 01/06, an acting deputy from 10/02 to 20/02), and a draft decision that gives nobody anything.
 */
record ScopeScenario(long agency, long decision, long head, long deputy, long seatEnded, long seatNew, long member,
		long acting, String seat, String ended, String draft) {

	/** The first day the agreement tests check: the scenario's terms and the demo's lie between this and {@link #TO}. */
	static final LocalDate FROM = LocalDate.of(2025, 12, 29);

	/** The last day the agreement tests check. */
	static final LocalDate TO = LocalDate.of(2027, 1, 2);

	static ScopeScenario write(JdbcClient jdbc) {
		AssignmentFixtures f = new AssignmentFixtures(jdbc);
		LocalDate start = LocalDate.of(2025, 7, 1);
		long province = f.unit("PROVINCE", "15", start);
		long seatCommune = f.unit("COMMUNE", "02890", start);
		long endedCommune = f.unit("COMMUNE", "02809", start);
		long draftCommune = f.unit("COMMUNE", "02683", start);
		long agency = f.agency(province, "Sở Quy tắc");
		long head = f.position(agency, "Giám đốc", "HEAD");
		long deputy = f.position(agency, "Phó Giám đốc", "DEPUTY_HEAD");
		long seatEnded = f.official("Người Rời Ghế");
		long seatNew = f.official("Người Nhận Ghế");
		long member = f.official("Người Trong Tổ");
		long acting = f.official("Người Quyền");
		f.holding(head, seatEnded, start, LocalDate.of(2026, 5, 15));
		f.holding(head, seatNew, LocalDate.of(2026, 5, 16), null);
		f.holding(deputy, acting, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20));
		long decision = f.issuedDecision(province, 2026);
		long seat = f.assignment(decision, agency, head, seatCommune, LocalDate.of(2026, 1, 10));
		f.member(seat, member, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
		long ended = f.assignment(decision, agency, deputy, endedCommune, LocalDate.of(2026, 2, 1));
		jdbc.sql("UPDATE assignment SET end_on = DATE '2026-06-30' WHERE id = :id").param("id", ended).update();
		f.member(ended, member, null, null);
		f.member(ended, seatNew, LocalDate.of(2026, 6, 1), null);
		long draft = jdbc.sql("""
				INSERT INTO assignment_decision (tier, issuer_unit_id, year, number, title, signed_on, status)
				VALUES ('PROVINCE', :unit, 2026, :number, 'Dự thảo thử nghiệm', DATE '2026-01-02', 'DRAFT') RETURNING id""")
			.param("unit", province).param("number", "D" + f.suffix + "/QĐ-UBND").query(Long.class).single();
		long drafted = f.assignment(draft, agency, head, draftCommune, LocalDate.of(2026, 1, 5));
		f.member(drafted, member, null, null);
		return new ScopeScenario(agency, decision, head, deputy, seatEnded, seatNew, member, acting,
				path(jdbc, "02890"), path(jdbc, "02809"), path(jdbc, "02683"));
	}

	/** The path of the commune in force with this code. */
	static String path(JdbcClient jdbc, String communeCode) {
		return jdbc.sql("SELECT path FROM administrative_unit WHERE level = 'COMMUNE' AND code = :code AND valid_to IS NULL")
			.param("code", communeCode).query(String.class).single();
	}

	List<Long> officials() {
		return List.of(seatEnded, seatNew, member, acting);
	}

	List<Long> positions() {
		return List.of(head, deputy);
	}
}
