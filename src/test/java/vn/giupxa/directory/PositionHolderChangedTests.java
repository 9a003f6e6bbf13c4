package vn.giupxa.directory;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The event other modules receive when the directory records a new holder of a position. */
class PositionHolderChangedTests {

	private final Position director = new Position(1L, "Giám đốc", PositionKind.HEAD, 1, LocalDate.of(2025, 7, 1));

	PositionHolderChangedTests() {
		ReflectionTestUtils.setField(director, "id", 42L);
	}

	@Test
	void aSuccessorsEventNamesThePreviousHolderAndTheFirstDay() {
		director.appoint(PositionTests.official(1), LocalDate.of(2025, 7, 1), false);
		PositionHolding successor = director.appoint(PositionTests.official(2), LocalDate.of(2026, 4, 1), false);

		assertThat(PositionHolderChanged.of(director, successor))
			.isEqualTo(new PositionHolderChanged(42L, 1L, 2L, LocalDate.of(2026, 4, 1)));
	}

	@Test
	void theFirstHolderOfAnEmptySeatHasNoPredecessor() {
		PositionHolding first = director.appoint(PositionTests.official(3), LocalDate.of(2026, 1, 1), false);

		assertThat(PositionHolderChanged.of(director, first).previousOfficialId()).isNull();
	}
}
