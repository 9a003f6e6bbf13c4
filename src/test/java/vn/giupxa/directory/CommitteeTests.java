package vn.giupxa.directory;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.giupxa.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giupxa.directory.PositionTests.official;

class CommitteeTests {

	private final Committee steering = new Committee(1L, CommitteeKind.STEERING_COMMITTEE,
			"Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã Bắc Hà", LocalDate.of(2025, 7, 1));

	@Test
	void anOfficialSitsOnceInACommitteeAtATime() {
		CommitteeMember head = steering.addMember(official(1), "Trưởng ban", 1, LocalDate.of(2025, 7, 1));

		assertThatThrownBy(() -> steering.addMember(official(1), "Thành viên", 5, LocalDate.of(2026, 1, 1)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("directory.member.alreadyMember");
		head.end(LocalDate.of(2025, 12, 31));
		assertThat(steering.addMember(official(1), "Thành viên", 5, LocalDate.of(2026, 1, 1)).getRoleTitle())
			.isEqualTo("Thành viên");
	}

	@Test
	void noOneJoinsBeforeTheCommitteeExists() {
		assertThatThrownBy(() -> steering.addMember(official(2), "Phó Trưởng ban", 2, LocalDate.of(2025, 6, 30)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("directory.committee.notInForce");
	}

	@Test
	void aMembershipEndsOnceAndNotBeforeItStarted() {
		CommitteeMember member = steering.addMember(official(3), "Thành viên", 10, LocalDate.of(2025, 8, 1));

		assertThatThrownBy(() -> member.end(LocalDate.of(2025, 7, 31))).hasMessage("directory.member.endBeforeStart");
		member.end(LocalDate.of(2025, 8, 1));
		assertThatThrownBy(() -> member.end(LocalDate.of(2025, 9, 1))).hasMessage("directory.member.alreadyEnded");
	}
}
