package vn.giupxa.program;

import java.math.BigDecimal;

import vn.giupxa.shared.BusinessRuleException;

/** The rules a value or a threshold must follow for its indicator: the right type, no negative count, no percentage over 100. */
final class ValueCheck {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ValueCheck() {
	}

	static void check(Catalog.IndicatorView indicator, BigDecimal value, Boolean met) {
		String problem = problem(indicator.comparison(), indicator.unit(), value, met);
		if (problem != null) {
			throw new BusinessRuleException(problem, indicator.code());
		}
	}

	/** The message key of what is wrong, or null. */
	static String problem(Comparison comparison, String unit, BigDecimal value, Boolean met) {
		if (comparison == Comparison.MET) {
			if (value != null) {
				return "program.value.numberForMet";
			}
			return met == null ? "program.value.metRequired" : null;
		}
		if (value == null) {
			return "program.value.numberRequired";
		}
		if (value.signum() < 0) {
			return "program.value.negative";
		}
		if (isPercent(unit) && value.compareTo(HUNDRED) > 0) {
			return "program.value.percentOver100";
		}
		return null;
	}

	static boolean isPercent(String unit) {
		return unit != null && unit.strip().equals("%");
	}
}
