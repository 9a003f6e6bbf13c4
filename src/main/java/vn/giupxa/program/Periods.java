package vn.giupxa.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.ReportingPeriod;

/** Reads a period typed in a request (this year when absent) and lists the periods a page offers. */
final class Periods {

	private Periods() {
	}

	static ReportingPeriod parseOrThisYear(String code, Clock clock) {
		if (code == null || code.isBlank()) {
			return ReportingPeriod.year(LocalDate.now(clock).getYear());
		}
		try {
			return ReportingPeriod.parse(code);
		}
		catch (IllegalArgumentException malformed) {
			throw new BusinessRuleException("program.period.invalid", code);
		}
	}

	/** Years, 6 and 9 months of each year the set is valid in. */
	static List<ReportingPeriod> offeredFor(Catalog.SetView set) {
		int last = set.validTo() == null ? set.validFrom().getYear() + 5 : set.validTo().getYear();
		List<ReportingPeriod> periods = new ArrayList<>();
		for (int year = last; year >= set.validFrom().getYear(); year--) {
			periods.add(ReportingPeriod.year(year));
			periods.add(ReportingPeriod.nineMonths(year));
			periods.add(ReportingPeriod.halfYear(year));
		}
		return periods;
	}
}
