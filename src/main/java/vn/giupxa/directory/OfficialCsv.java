package vn.giupxa.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.giupxa.shared.Texts;

/**
 * Reads and checks a CSV file of officials ({@code full_name,email,phone,agency_code,position_title,start_on})
 * without writing anything: every bad row is reported with its line and column. UTF-8 with or without
 * BOM; the delimiter is a comma, or a semicolon when the header uses one (Excel with Vietnamese settings).
 */
final class OfficialCsv {

	static final int MAX_ROWS = 5000;

	static final String FULL_NAME = "full_name";

	static final String EMAIL = "email";

	static final String PHONE = "phone";

	static final String AGENCY_CODE = "agency_code";

	static final String POSITION_TITLE = "position_title";

	static final String START_ON = "start_on";

	static final List<String> COLUMNS = List.of(FULL_NAME, EMAIL, PHONE, AGENCY_CODE, POSITION_TITLE, START_ON);

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("fullName", FULL_NAME, "email", EMAIL,
			"phone", PHONE);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Validator validator;

	private final Lookup lookup;

	private final List<Problem> problems = new ArrayList<>();

	private final Map<String, Optional<AgencySeats>> agencies = new HashMap<>();

	private long lastLine;

	private OfficialCsv(Validator validator, Lookup lookup) {
		this.validator = validator;
		this.lookup = lookup;
	}

	/** Parses and checks the whole file; the rows are only worth writing when there are no problems. */
	static Result read(byte[] content, Validator validator, Lookup lookup) {
		OfficialCsv csv = new OfficialCsv(validator, lookup);
		List<Row> rows = csv.readAll(content);
		csv.problems.sort(Comparator.comparingLong(Problem::line)
			.thenComparingInt(problem -> problem.column() == null ? -1 : COLUMNS.indexOf(problem.column())));
		return new Result(rows, List.copyOf(csv.problems));
	}

	private List<Row> readAll(byte[] content) {
		CsvText text = CsvText.of(content);
		if (!text.isReadable()) {
			problems.add(new Problem(0, null, text.problemKey(), text.arguments()));
			return List.of();
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(text.delimiter())
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(false)
			.get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), format)) {
			Iterator<CSVRecord> records = parser.iterator();
			CSVRecord first = null;
			while (records.hasNext() && (first == null || isBlank(first))) {
				first = records.next();
			}
			Map<String, Integer> header = first == null || isBlank(first) ? null : header(first, text);
			if (header == null) {
				if (problems.isEmpty()) {
					fileProblem("directory.import.empty");
				}
				return List.of();
			}
			Map<String, Long> firstLineOfEmail = new HashMap<>();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				if (isBlank(record)) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					fileProblem("directory.import.tooManyRows", MAX_ROWS);
					return List.of();
				}
				lastLine = text.lineOf(record.getCharacterPosition());
				rows.add(row(record, lastLine, header, firstLineOfEmail));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException malformed) {
			fileProblem("directory.import.malformed", lastLine);
			return List.of();
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			fileProblem("directory.import.noRows");
		}
		rejectTakenEmails(rows);
		return rows;
	}

	/** Column positions by name; null (with a problem) when the header is not ours. */
	private Map<String, Integer> header(CSVRecord record, CsvText text) {
		long line = text.lineOf(record.getCharacterPosition());
		lastLine = line;
		Map<String, Integer> header = new LinkedHashMap<>();
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).strip().toLowerCase(Locale.ROOT);
			if (!COLUMNS.contains(name)) {
				problems.add(new Problem(line, null, "directory.import.header.unknown", List.of(record.get(i),
						String.join(",", COLUMNS))));
			}
			else if (header.putIfAbsent(name, i) != null) {
				problems.add(new Problem(line, name, "directory.import.header.duplicate", List.of(name)));
			}
		}
		if (!header.containsKey(FULL_NAME)) {
			problems.add(new Problem(line, FULL_NAME, "directory.import.header.missing",
					List.of(FULL_NAME, String.join(",", COLUMNS))));
		}
		return problems.isEmpty() ? header : null;
	}

	private Row row(CSVRecord record, long line, Map<String, Integer> header, Map<String, Long> firstLineOfEmail) {
		if (record.size() > header.size()) {
			problems.add(new Problem(line, null, "directory.import.tooManyColumns",
					List.of(String.valueOf(record.size()), String.valueOf(header.size()))));
		}
		String fullName = value(record, header, FULL_NAME);
		String email = value(record, header, EMAIL);
		String phone = value(record, header, PHONE);
		for (ConstraintViolation<OfficialForm> violation : validator
			.validate(new OfficialForm(fullName, email, phone, null, null))) {
			problems.add(new Problem(line, COLUMN_OF_FIELD.get(violation.getPropertyPath().toString()),
					keyOf(violation.getMessageTemplate()), List.of()));
		}
		if (email != null) {
			Long first = firstLineOfEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), line);
			if (first != null) {
				problems.add(new Problem(line, EMAIL, "directory.import.email.duplicateInFile",
						List.of(email, String.valueOf(first))));
			}
		}
		LocalDate startOn = startOn(value(record, header, START_ON), line);
		Long positionId = positionId(value(record, header, AGENCY_CODE), value(record, header, POSITION_TITLE),
				startOn, value(record, header, START_ON) != null, line);
		return new Row(line, fullName, email, phone, positionId, positionId == null ? null : startOn);
	}

	private LocalDate startOn(String text, long line) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text, DAY);
		}
		catch (DateTimeParseException bad) {
			problems.add(new Problem(line, START_ON, "directory.import.startOn.invalid", List.of(text)));
			return null;
		}
	}

	/** The seat named by agency code and title, in force on the start day; null when none is given or it is bad. */
	private Long positionId(String agencyCode, String title, LocalDate startOn, boolean startGiven, long line) {
		if (agencyCode == null) {
			if (title != null || startGiven) {
				problems.add(new Problem(line, AGENCY_CODE, "directory.import.agency.required", List.of()));
			}
			return null;
		}
		if (title == null) {
			problems.add(new Problem(line, POSITION_TITLE, "directory.import.position.required", List.of()));
		}
		if (!startGiven) {
			problems.add(new Problem(line, START_ON, "directory.import.startOn.required", List.of()));
		}
		Optional<AgencySeats> agency = agencies.computeIfAbsent(agencyCode.toUpperCase(Locale.ROOT), lookup::agency);
		if (agency.isEmpty()) {
			problems.add(new Problem(line, AGENCY_CODE, "directory.import.agency.unknown", List.of(agencyCode)));
			return null;
		}
		if (title == null || startOn == null) {
			return null;
		}
		List<Seat> named = agency.get().seats().stream().filter(seat -> titleKey(seat.title()).equals(titleKey(title)))
			.toList();
		List<Seat> inForce = named.stream().filter(seat -> Dates.within(seat.validFrom(), seat.validTo(), startOn))
			.toList();
		if (named.isEmpty()) {
			problems.add(new Problem(line, POSITION_TITLE, "directory.import.position.unknown", List.of(title, agencyCode)));
		}
		else if (inForce.isEmpty()) {
			problems.add(new Problem(line, POSITION_TITLE, "directory.import.position.notInForce",
					List.of(title, Dates.format(startOn))));
		}
		else if (inForce.size() > 1) {
			problems.add(new Problem(line, POSITION_TITLE, "directory.import.position.ambiguous",
					List.of(title, String.valueOf(inForce.size()))));
		}
		else {
			return inForce.get(0).positionId();
		}
		return null;
	}

	private void rejectTakenEmails(List<Row> rows) {
		Set<String> taken = lookup.takenEmails(rows.stream()
			.map(Row::email)
			.filter(email -> email != null)
			.map(email -> email.toLowerCase(Locale.ROOT))
			.distinct()
			.toList());
		rows.stream()
			.filter(row -> row.email() != null && taken.contains(row.email().toLowerCase(Locale.ROOT)))
			.forEach(row -> problems.add(new Problem(row.line(), EMAIL, "directory.import.email.taken",
					List.of(row.email()))));
	}

	private void fileProblem(String key, Object... arguments) {
		problems.add(new Problem(0, null, key, Arrays.stream(arguments).map(String::valueOf).toList()));
	}

	private static String value(CSVRecord record, Map<String, Integer> header, String column) {
		Integer index = header.get(column);
		return index == null || index >= record.size() ? null : Texts.clean(record.get(index));
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(value -> value == null || value.isBlank());
	}

	private static String keyOf(String messageTemplate) {
		return messageTemplate.startsWith("{") && messageTemplate.endsWith("}")
				? messageTemplate.substring(1, messageTemplate.length() - 1) : messageTemplate;
	}

	/** Titles match without regard to case, spacing or Unicode normal form. */
	static String titleKey(String title) {
		String cleaned = Texts.clean(title);
		return cleaned == null ? "" : cleaned.replaceAll("\\s+", " ").toLowerCase(Texts.VIETNAMESE);
	}

	/** What the check needs from the database. */
	interface Lookup {

		/** Of these lower-case e-mails, the ones that already belong to an official. */
		Set<String> takenEmails(List<String> emails);

		/** The agency with this code and its positions, if the caller may see it. */
		Optional<AgencySeats> agency(String code);
	}

	record AgencySeats(long agencyId, List<Seat> seats) {
	}

	record Seat(long positionId, String title, LocalDate validFrom, LocalDate validTo) {
	}

	/** A good row: the official and, when given, the seat and the day they take it. */
	record Row(long line, String fullName, String email, String phone, Long positionId, LocalDate startOn) {
	}

	/**
	 * What is wrong, where: line 0 means the whole file; column is a header name or null.
	 */
	record Problem(long line, String column, String messageKey, List<String> arguments) {
	}

	record Result(List<Row> rows, List<Problem> problems) {

		boolean ok() {
			return problems.isEmpty();
		}
	}
}
