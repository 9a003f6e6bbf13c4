package vn.giupxa.assignment;

import java.util.List;

import vn.giupxa.territory.UnitView;

/**
 * Everything the exports print: the decision, its issuing unit, its lines with the helper of the first day.
 */
record DecisionDocument(AssignmentDecision decision, UnitView issuer, List<Line> lines) {

	/** One row of the annex. */
	record Line(String commune, String helper, String holder, String team, String term) {
	}

	/** "Lào Cai" from "Tỉnh Lào Cai": the place name in the date line. */
	String placeName() {
		return issuer.name().replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Quận) ", "");
	}
}
