package vn.giupxa.directory;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.giupxa.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionTests {

	private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

	private final Position director = new Position(1L, "Giám đốc", PositionKind.HEAD, 1, JULY_1);

	@Test
	void appointingASuccessorEndsTheCurrentHoldingTheDayBefore() {
		PositionHolding first = director.appoint(official(1), JULY_1, false);
		PositionHolding second = director.appoint(official(2), LocalDate.of(2026, 3, 15), false);

		assertThat(first.getEndOn()).isEqualTo(LocalDate.of(2026, 3, 14));
		assertThat(second.isOpen()).isTrue();
		assertThat(director.holdingOn(LocalDate.of(2026, 3, 14))).contains(first);
		assertThat(director.holdingOn(LocalDate.of(2026, 3, 15))).contains(second);
		assertThat(director.holdingOn(LocalDate.of(2025, 6, 30))).isEmpty();
	}

	@Test
	void anAppointmentOnOrBeforeTheCurrentHoldersFirstDayIsRefusedAsAnOverlap() {
		director.appoint(official(1), LocalDate.of(2026, 1, 1), false);

		assertThatThrownBy(() -> director.appoint(official(2), LocalDate.of(2026, 1, 1), false))
			.isInstanceOf(OverlappingHoldingException.class)
			.extracting(e -> ((BusinessRuleException) e).messageKey())
			.isEqualTo("directory.holding.overlap.open");
		assertThatThrownBy(() -> director.appoint(official(2), LocalDate.of(2025, 12, 1), false))
			.isInstanceOf(OverlappingHoldingException.class);
		assertThat(director.getHoldings()).singleElement().satisfies(holding -> assertThat(holding.isOpen()).isTrue());
	}

	@Test
	void anAppointmentInsideAnEndedHoldingIsRefusedAsAnOverlap() {
		director.appoint(official(1), JULY_1, false).end(LocalDate.of(2025, 12, 31));

		assertThatThrownBy(() -> director.appoint(official(2), LocalDate.of(2025, 12, 31), false))
			.isInstanceOf(OverlappingHoldingException.class)
			.extracting(e -> ((BusinessRuleException) e).arguments())
			.isEqualTo(new Object[] { "31/12/2025", "01/07/2025", "31/12/2025" });
		assertThat(director.appoint(official(2), LocalDate.of(2026, 1, 1), false).getStartOn())
			.isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void theCurrentHolderCannotBeAppointedAgain() {
		director.appoint(official(1), JULY_1, false);

		assertThatThrownBy(() -> director.appoint(official(1), LocalDate.of(2026, 1, 1), false))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("directory.holding.alreadyHolder");
	}

	@Test
	void noOneIsAppointedBeforeThePositionExists() {
		assertThatThrownBy(() -> director.appoint(official(1), LocalDate.of(2025, 6, 30), false))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("directory.position.notInForce");
	}

	@Test
	void aHoldingEndsOnceAndNotBeforeItStarted() {
		PositionHolding holding = director.appoint(official(1), LocalDate.of(2026, 1, 10), true);

		assertThatThrownBy(() -> holding.end(LocalDate.of(2026, 1, 9)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("directory.holding.endBeforeStart");
		holding.end(LocalDate.of(2026, 1, 10));
		assertThat(holding.coversOn(LocalDate.of(2026, 1, 10))).isTrue();
		assertThat(holding.coversOn(LocalDate.of(2026, 1, 11))).isFalse();
		assertThatThrownBy(() -> holding.end(LocalDate.of(2026, 2, 1)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("directory.holding.alreadyEnded");
	}

	@Test
	void anAgencyThatHasEndedTakesNoNewPositions() {
		Agency agency = new Agency("TEST", new Agency.Details("Sở Thử nghiệm", null, AgencyKind.DEPARTMENT, 1L, null,
				null, null, null, JULY_1, LocalDate.of(2025, 12, 31)));
		ReflectionTestUtils.setField(agency, "id", 7L);

		assertThat(agency.newPosition("Phó Giám đốc", PositionKind.DEPUTY_HEAD, 2, null).getValidFrom()).isEqualTo(JULY_1);
		assertThatThrownBy(() -> agency.newPosition("Giám đốc", PositionKind.HEAD, 1, LocalDate.of(2026, 1, 1)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("directory.agency.ended");
	}

	static Official official(long id) {
		Official official = new Official("Cán bộ " + id, null, null, null);
		ReflectionTestUtils.setField(official, "id", id);
		return official;
	}
}
