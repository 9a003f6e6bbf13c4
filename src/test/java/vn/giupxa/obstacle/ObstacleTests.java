package vn.giupxa.obstacle;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObstacleTests {

	private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

	private Obstacle raised() {
		return Obstacle.raise(ObstacleKind.DIFFICULTY, "Thiếu vốn", "Mô tả", "CAPITAL", 1L, "/15/02839/", "xa.bacha",
				NOW, TODAY, TODAY.plusDays(7));
	}

	@Test
	void aNewItemIsOpenAtTheCommuneWithItsDeadline() {
		Obstacle obstacle = raised();
		assertThat(obstacle.getState()).isEqualTo(ObstacleState.OPEN);
		assertThat(obstacle.getLevel()).isEqualTo(ObstacleLevel.COMMUNE);
		assertThat(obstacle.getDueOn()).isEqualTo(TODAY.plusDays(7));
		assertThat(obstacle.getSteps()).extracting(ObstacleStep::getAction).containsExactly(StepAction.RAISED);
	}

	@Test
	void theCommuneResolvesWithinItsAuthorityAndTheRaiserConfirms() {
		Obstacle obstacle = raised();
		obstacle.resolveWithinAuthority(ObstacleLevel.COMMUNE, "Đã bố trí vốn", "xa.bacha", NOW, TODAY);
		assertThat(obstacle.getState()).isEqualTo(ObstacleState.AWAITING_CONFIRMATION);
		assertThat(obstacle.getResolvedOnTime()).isTrue();
		obstacle.confirm("xa.bacha", NOW);
		assertThat(obstacle.getState()).isEqualTo(ObstacleState.CLOSED);
	}

	@Test
	void closingWithoutASolutionTextIsRefused() {
		Obstacle obstacle = raised();
		assertThatThrownBy(() -> obstacle.resolveWithinAuthority(ObstacleLevel.COMMUNE, " ", "xa.bacha", NOW, TODAY))
			.isInstanceOf(ObstacleRuleException.class)
			.hasMessage("obstacle.solution.required");
		assertThat(obstacle.getState()).isEqualTo(ObstacleState.OPEN);
	}

	@Test
	void escalatingPastTheProvincialCommitteeIsRefused() {
		Obstacle obstacle = raised();
		obstacle.escalate(ObstacleLevel.PROVINCE, "Vượt thẩm quyền", null, "xa.bacha", NOW, TODAY, TODAY.plusDays(14));
		obstacle.escalate(ObstacleLevel.PROVINCIAL_COMMITTEE, "Cần cơ chế", null, "vpdp", NOW, TODAY, TODAY.plusDays(21));
		assertThatThrownBy(() -> obstacle.escalate(null, "Lên nữa", null, "ubnd.tinh", NOW, TODAY, null))
			.isInstanceOf(ObstacleRuleException.class)
			.hasMessage("obstacle.escalate.top");
		assertThat(obstacle.getLevel()).isEqualTo(ObstacleLevel.PROVINCIAL_COMMITTEE);
	}

	@Test
	void escalatingNeedsAReason() {
		Obstacle obstacle = raised();
		assertThatThrownBy(() -> obstacle.escalate(ObstacleLevel.PROVINCE, "", null, "xa.bacha", NOW, TODAY, TODAY))
			.hasMessage("obstacle.escalate.reasonRequired");
	}

	@Test
	void onlyTheLevelHoldingTheItemAnswersIt() {
		Obstacle obstacle = raised();
		obstacle.escalate(ObstacleLevel.PROVINCE, "Vượt thẩm quyền", null, "xa.bacha", NOW, TODAY, TODAY.plusDays(14));
		assertThatThrownBy(() -> obstacle.answer(ObstacleLevel.COMMUNE, "Trả lời", "xa.bacha", NOW, TODAY))
			.hasMessage("obstacle.notYourLevel");
		assertThatThrownBy(() -> obstacle.resolveWithinAuthority(ObstacleLevel.PROVINCE, "Giải quyết", "vpdp", NOW, TODAY))
			.hasMessage("obstacle.resolve.escalated");
		obstacle.answer(ObstacleLevel.PROVINCE, "Tỉnh hỗ trợ xi măng", "vpdp", NOW, TODAY.plusDays(20));
		assertThat(obstacle.getState()).isEqualTo(ObstacleState.AWAITING_CONFIRMATION);
		assertThat(obstacle.getResolvedOnTime()).as("answered after the deadline").isFalse();
	}

	@Test
	void askingForInformationPausesTheClockAndTheAnswerMovesTheDeadline() {
		Obstacle obstacle = raised();
		obstacle.requestInformation(ObstacleLevel.COMMUNE, "Cần dự toán chi tiết", "lanhdao.snnmt", NOW, TODAY);
		assertThat(obstacle.getState()).isEqualTo(ObstacleState.WAITING_FOR_INFORMATION);
		assertThat(obstacle.isOverdue(TODAY.plusDays(30))).as("a paused item is never overdue").isFalse();
		obstacle.provideInformation("Dự toán kèm theo", "xa.bacha", NOW, TODAY.plusDays(12));
		assertThat(obstacle.getState()).isEqualTo(ObstacleState.OPEN);
		assertThat(obstacle.getDueOn()).isEqualTo(TODAY.plusDays(12));
		assertThat(obstacle.getPausedSince()).isNull();
	}

	@Test
	void aReopenedItemGoesBackToTheLevelWithANewDeadline() {
		Obstacle obstacle = raised();
		obstacle.resolveWithinAuthority(ObstacleLevel.COMMUNE, "Đã xử lý", "xa.bacha", NOW, TODAY);
		assertThatThrownBy(() -> obstacle.reopen("", "xa.bacha", NOW, TODAY, TODAY))
			.hasMessage("obstacle.reopen.reasonRequired");
		obstacle.reopen("Chưa xong", "xa.bacha", NOW, TODAY.plusDays(1), TODAY.plusDays(8));
		assertThat(obstacle.getState()).isEqualTo(ObstacleState.OPEN);
		assertThat(obstacle.getDueOn()).isEqualTo(TODAY.plusDays(8));
		assertThatThrownBy(() -> obstacle.confirm("xa.bacha", NOW)).hasMessage("obstacle.confirm.notAwaiting");
	}

	@Test
	void theNextLevelSkipsTheDistrictWhereThereIsNone() {
		assertThat(ObstacleLevel.COMMUNE.next(false)).contains(ObstacleLevel.PROVINCE);
		assertThat(ObstacleLevel.COMMUNE.next(true)).contains(ObstacleLevel.DISTRICT);
		assertThat(ObstacleLevel.PROVINCIAL_COMMITTEE.next(true)).isEmpty();
	}
}
