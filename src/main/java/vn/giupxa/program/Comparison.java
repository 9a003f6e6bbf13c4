package vn.giupxa.program;

import java.math.BigDecimal;

/** How an indicator's value is held against its threshold: ≥, ≤, = or simply met / not met. */
enum Comparison {
	AT_LEAST("≥"), AT_MOST("≤"), EQUAL("="), MET("đạt");

	private final String symbol;

	Comparison(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	/** Whether the value meets the threshold; null when something needed is missing. */
	Boolean meets(BigDecimal value, Boolean met, BigDecimal threshold) {
		if (this == MET) {
			return met;
		}
		if (value == null || threshold == null) {
			return null;
		}
		int order = value.compareTo(threshold);
		return switch (this) {
			case AT_LEAST -> order >= 0;
			case AT_MOST -> order <= 0;
			default -> order == 0;
		};
	}

	/** Reads ≥, ≤, =, "đạt" (and their ASCII spellings) as written in the XLSX layout. */
	static Comparison ofSymbol(String text) {
		String symbol = text == null ? "" : text.strip().toLowerCase();
		return switch (symbol) {
			case "≥", ">=" -> AT_LEAST;
			case "≤", "<=" -> AT_MOST;
			case "=" -> EQUAL;
			case "đạt", "dat", "đạt/không đạt" -> MET;
			default -> null;
		};
	}
}
