package vn.giupxa.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period ("kỳ báo cáo"): a quarter, the first 6 or 9 months of a year (cumulative from
 * 1 January), a year, or a program period of several years. Written as a short code
 * ({@code 2026-Q1}, {@code 2026-6T}, {@code 2026-9T}, {@code 2026}, {@code 2026-2030}).
 *
 * @param part the quarter (1–4) of a {@link Kind#QUARTER}, the last year of a
 *        {@link Kind#PROGRAM_PERIOD}, 0 otherwise
 */
public record ReportingPeriod(Kind kind, int year, int part) {

	private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(Q[1-4]|6T|9T|\\d{4}))?");

	/** The kinds of period of Decree 09/2019/NĐ-CP and the program rules. */
	public enum Kind {
		QUARTER, HALF_YEAR, NINE_MONTHS, YEAR, PROGRAM_PERIOD
	}

	public ReportingPeriod {
		if (kind == null || year < 1900 || year > 9999) {
			throw new IllegalArgumentException("A reporting period needs a kind and a year");
		}
		boolean partFits = switch (kind) {
			case QUARTER -> part >= 1 && part <= 4;
			case PROGRAM_PERIOD -> part > year && part <= 9999;
			default -> part == 0;
		};
		if (!partFits) {
			throw new IllegalArgumentException("Bad part " + part + " for " + kind);
		}
	}

	public static ReportingPeriod quarter(int year, int quarter) {
		return new ReportingPeriod(Kind.QUARTER, year, quarter);
	}

	public static ReportingPeriod halfYear(int year) {
		return new ReportingPeriod(Kind.HALF_YEAR, year, 0);
	}

	public static ReportingPeriod nineMonths(int year) {
		return new ReportingPeriod(Kind.NINE_MONTHS, year, 0);
	}

	public static ReportingPeriod year(int year) {
		return new ReportingPeriod(Kind.YEAR, year, 0);
	}

	public static ReportingPeriod programPeriod(int firstYear, int lastYear) {
		return new ReportingPeriod(Kind.PROGRAM_PERIOD, firstYear, lastYear);
	}

	/** Reads a code such as {@code 2026-Q2}; throws {@link IllegalArgumentException} on anything else. */
	public static ReportingPeriod parse(String code) {
		Matcher matcher = CODE.matcher(code == null ? "" : code.strip().toUpperCase());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a reporting period: " + code);
		}
		int year = Integer.parseInt(matcher.group(1));
		String rest = matcher.group(2);
		if (rest == null) {
			return year(year);
		}
		return switch (rest) {
			case "6T" -> halfYear(year);
			case "9T" -> nineMonths(year);
			default -> rest.startsWith("Q") ? quarter(year, rest.charAt(1) - '0')
					: programPeriod(year, Integer.parseInt(rest));
		};
	}

	public String code() {
		return switch (kind) {
			case QUARTER -> year + "-Q" + part;
			case HALF_YEAR -> year + "-6T";
			case NINE_MONTHS -> year + "-9T";
			case YEAR -> Integer.toString(year);
			case PROGRAM_PERIOD -> year + "-" + part;
		};
	}

	/** First day the period covers: 6 and 9 months start on 1 January. */
	public LocalDate start() {
		return kind == Kind.QUARTER ? LocalDate.of(year, (part - 1) * 3 + 1, 1) : LocalDate.of(year, 1, 1);
	}

	/** Last day the period covers. */
	public LocalDate end() {
		return switch (kind) {
			case QUARTER -> YearMonth.of(year, part * 3).atEndOfMonth();
			case HALF_YEAR -> LocalDate.of(year, 6, 30);
			case NINE_MONTHS -> LocalDate.of(year, 9, 30);
			case YEAR -> LocalDate.of(year, 12, 31);
			case PROGRAM_PERIOD -> LocalDate.of(part, 12, 31);
		};
	}

	/** The last calendar year the period touches. */
	public int lastYear() {
		return kind == Kind.PROGRAM_PERIOD ? part : year;
	}

	/** Share of its last year that the period has covered by its end: 0.25 for Q1 and 6/12 for 6 months. */
	public double shareOfYearElapsed() {
		return end().getMonthValue() / 12.0;
	}

	/** True when the period lies wholly within the years given (a program's period). */
	public boolean within(int firstYear, int lastYear) {
		return year >= firstYear && lastYear() <= lastYear;
	}

	/** The data window ("thời gian chốt số liệu") of this period under a cut-off rule. */
	public DataWindow dataWindow(CutOffRule rule) {
		LocalDate firstMonth = start().minusMonths(1);
		LocalDate from = firstMonth.withDayOfMonth(rule.firstDay());
		LocalDate lastMonth = end();
		LocalDate to = lastMonth.withDayOfMonth(rule.firstDay() - 1);
		return new DataWindow(from, to);
	}

	/** The days whose data a report of the period counts, both inclusive. */
	public record DataWindow(LocalDate from, LocalDate to) {
	}

	/**
	 * When data is cut off: from {@code firstDay} of the month before a period to the day before
	 * {@code firstDay} of its last month. The provincial default is 15 (Q1: 15/12 → 14/3).
	 */
	public record CutOffRule(int firstDay) {

		public static final CutOffRule DEFAULT = new CutOffRule(15);

		public CutOffRule {
			if (firstDay < 2 || firstDay > 28) {
				throw new IllegalArgumentException("The cut-off day must be between 2 and 28");
			}
		}
	}
}
