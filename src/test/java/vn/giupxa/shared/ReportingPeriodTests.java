package vn.giupxa.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingPeriodTests {

	@ParameterizedTest(name = "{0} covers {1} to {2}")
	@CsvSource({ "2026-Q1, 2026-01-01, 2026-03-31", "2026-Q4, 2026-10-01, 2026-12-31",
			"2026-6T, 2026-01-01, 2026-06-30", "2026-9T, 2026-01-01, 2026-09-30", "2026, 2026-01-01, 2026-12-31",
			"2026-2030, 2026-01-01, 2030-12-31" })
	void sixAndNineMonthsAreCumulativeFromTheFirstOfJanuary(String code, LocalDate start, LocalDate end) {
		ReportingPeriod period = ReportingPeriod.parse(code);
		assertThat(period.start()).isEqualTo(start);
		assertThat(period.end()).isEqualTo(end);
		assertThat(period.code()).isEqualTo(code);
	}

	@ParameterizedTest(name = "{0}: data from {1} to {2}")
	@CsvSource({ "2026-Q1, 2025-12-15, 2026-03-14", "2026-Q3, 2026-06-15, 2026-09-14",
			"2026-6T, 2025-12-15, 2026-06-14", "2026-9T, 2025-12-15, 2026-09-14", "2026, 2025-12-15, 2026-12-14" })
	void defaultCutOffWindowsFollowTheProvincialRule(String code, LocalDate from, LocalDate to) {
		ReportingPeriod.DataWindow window = ReportingPeriod.parse(code).dataWindow(ReportingPeriod.CutOffRule.DEFAULT);
		assertThat(window.from()).isEqualTo(from);
		assertThat(window.to()).isEqualTo(to);
	}

	@Test
	void aProvinceMayMoveTheCutOffDay() {
		ReportingPeriod.DataWindow window = ReportingPeriod.quarter(2026, 2).dataWindow(new ReportingPeriod.CutOffRule(20));
		assertThat(window.from()).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(window.to()).isEqualTo(LocalDate.of(2026, 6, 19));
	}

	@Test
	void aPeriodIsInsideAProgramPeriodOnlyWhenAllOfItIs() {
		assertThat(ReportingPeriod.year(2026).within(2026, 2030)).isTrue();
		assertThat(ReportingPeriod.year(2025).within(2026, 2030)).isFalse();
		assertThat(ReportingPeriod.programPeriod(2026, 2035).within(2026, 2030)).isFalse();
	}

	@Test
	void shareOfTheYearElapsedGrowsWithThePeriod() {
		assertThat(ReportingPeriod.quarter(2026, 1).shareOfYearElapsed()).isEqualTo(0.25);
		assertThat(ReportingPeriod.halfYear(2026).shareOfYearElapsed()).isEqualTo(0.5);
		assertThat(ReportingPeriod.nineMonths(2026).shareOfYearElapsed()).isEqualTo(0.75);
		assertThat(ReportingPeriod.year(2026).shareOfYearElapsed()).isEqualTo(1.0);
	}

	@ParameterizedTest
	@CsvSource({ "2026-Q5", "26", "2026-H1", "2030-2026", "''" })
	void malformedCodesAreRefused(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse(code));
	}
}
