package vn.giupxa.program;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The matrix reads each commune's criterion numbers and results from PostgreSQL's text form of two arrays. */
class MatrixStatusTests {

	@Test
	void eachNumberGetsTheResultAtTheSamePlaceMetNotMetOrNotEntered() {
		Map<Integer, Boolean> expected = new HashMap<>();
		expected.put(1, true);
		expected.put(2, false);
		expected.put(10, null);
		expected.put(19, true);
		assertThat(ProvinceMatrix.status("{1,2,10,19}", "{t,f,NULL,t}")).containsExactlyInAnyOrderEntriesOf(expected);
		assertThat(ProvinceMatrix.status("{7}", "{f}")).containsExactlyEntriesOf(Map.of(7, false));
	}

	@Test
	void aCommuneWithoutAScorecardOrResultsHasNoCriteriaEntered() {
		assertThat(ProvinceMatrix.status(null, null)).isEmpty();
		assertThat(ProvinceMatrix.status("{}", "{}")).isEmpty();
	}

	@Test
	void anAreasCommunesAreTheRangeOfPathsFromItsPathToItsPathWithTheLastCharacterRaised() {
		assertThat(ProvinceMatrix.areaRange("/79/")).containsExactly("/79/", "/790");
		assertThat(ProvinceMatrix.areaRange("/15/02848/")).containsExactly("/15/02848/", "/15/028480");
		assertThat("/79/26734/").isBetween("/79/", "/790");
		assertThat("/790/").isGreaterThanOrEqualTo("/790");
		assertThat("/78/99999/").isLessThan("/79/");
	}
}
