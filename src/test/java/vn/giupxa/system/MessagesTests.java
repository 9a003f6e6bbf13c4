package vn.giupxa.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI speaks Vietnamese first and English second, and every word of it comes from the message
 * bundles ({@code messages_vi} / {@code messages_en} and the per-module {@code messages-*_vi} /
 * {@code messages-*_en}). Plain file checks, no Spring context: the bundles, the Thymeleaf templates
 * and the Java sources are read from {@code src/main}.
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Path JAVA_SOURCES = Path.of("src", "main", "java");

	private static final List<String> LANGUAGES = List.of("vi", "en");

	private static final Pattern BUNDLE_FILE = Pattern.compile("(messages(?:-[A-Za-z0-9]+)*)_(vi|en)\\.properties");

	private static final Pattern BASE_BUNDLE_FILE = Pattern.compile("messages(?:-[A-Za-z0-9]+)*\\.properties");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^{}]*)?}");

	private static final Pattern STATIC_KEY = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*");

	/** {@code ${'role.' + r}} or {@code 'error.' + ${status} + '.title'}: the literal start of a built key. */
	private static final Pattern DYNAMIC_KEY_PREFIX = Pattern.compile("^(?:\\$\\{\\s*)?'([A-Za-z0-9_.-]+\\.)'\\s*\\+");

	/** {@code ${#messages.msg('key')}} and its variants. */
	private static final Pattern MESSAGES_UTILITY = Pattern
		.compile("#messages\\.msg(?:OrNull)?(?:WithParams)?\\(\\s*'([^']+)'");

	/** Where Java code hands a message key to Spring or to the error pages. */
	private static final Map<String, Pattern> JAVA_KEY_PATTERNS = javaKeyPatterns();

	/** Text that is not language: brand and product names, and the names of the two languages. */
	private static final List<String> NOT_LANGUAGE = List.of("GiupXa", "OpenAPI", "English", "Tiếng Việt");

	/**
	 * Messages that hold Vietnamese data rather than UI text, and so are the same in both languages:
	 * the role titles suggested for committee members are the official Vietnamese titles.
	 */
	private static final Set<String> VIETNAMESE_DATA = Set.of("directory.member.roleTitle.suggestions");

	/** Attributes a user reads or hears (screen readers); their text must come from the bundles too. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("placeholder", "alt", "title", "aria-label");

	/** Processors that replace the body of their element at runtime. */
	private static final List<String> BODY_SETTING_PROCESSORS = List.of("text", "utext", "errors");

	private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
			"link", "meta", "source", "track", "wbr");

	// ------------------------------------------------------------------------------------------
	// The bundles themselves
	// ------------------------------------------------------------------------------------------

	@Test
	void everyBundleExistsInVietnameseAndEnglish() {
		Map<String, Map<String, Path>> bundles = bundleFiles();
		assertThat(bundles).as("message bundles in %s", RESOURCES).containsKey("messages");
		List<String> problems = new ArrayList<>();
		bundles.forEach((basename, files) -> LANGUAGES.stream()
			.filter(language -> !files.containsKey(language))
			.forEach(language -> problems.add(basename + "_" + language + ".properties is missing (" + basename
					+ " exists in " + files.keySet() + ")")));
		assertNone(problems, "Every bundle needs a Vietnamese and an English file");
	}

	@Test
	void everyBundleIsLoadedBySpring() {
		Set<String> configured = configuredBasenames();
		List<String> problems = bundleFiles().keySet()
			.stream()
			.filter(basename -> !configured.contains(basename))
			.map(basename -> basename + " (spring.messages.basename is " + configured + ")")
			.toList();
		assertNone(problems, "Bundles in " + RESOURCES + " that Spring never reads: add them to spring.messages.basename "
				+ "in application.yml");
	}

	@Test
	void baseBundlesStayEmptySoThatNoMissingTranslationIsHidden() {
		List<String> problems = new ArrayList<>();
		for (Path file : list(RESOURCES, path -> BASE_BUNDLE_FILE.matcher(path.getFileName().toString()).matches())) {
			MessageFile messages = MessageFile.load(file);
			messages.entries().keySet().forEach(key -> problems.add(file.getFileName() + ": " + key));
		}
		assertNone(problems, "Base bundles (no language suffix) must define no message: a key there would silently "
				+ "stand in for a missing Vietnamese or English translation");
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() {
		List<String> problems = new ArrayList<>();
		bundles().forEach((basename, files) -> {
			MessageFile vi = files.get("vi");
			MessageFile en = files.get("en");
			if (vi == null || en == null) {
				return; // reported by everyBundleExistsInVietnameseAndEnglish
			}
			List<String> missingInEnglish = minus(vi.entries().keySet(), en.entries().keySet());
			List<String> missingInVietnamese = minus(en.entries().keySet(), vi.entries().keySet());
			if (!missingInEnglish.isEmpty()) {
				problems.add(basename + "_en.properties lacks " + missingInEnglish.size() + " key(s) of " + basename
						+ "_vi.properties: " + String.join(", ", missingInEnglish));
			}
			if (!missingInVietnamese.isEmpty()) {
				problems.add(basename + "_vi.properties lacks " + missingInVietnamese.size() + " key(s) of " + basename
						+ "_en.properties: " + String.join(", ", missingInVietnamese));
			}
		});
		assertNone(problems, "Vietnamese and English bundles must have exactly the same keys");
	}

	@Test
	void noKeyIsDefinedTwice() {
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			Map<String, String> firstDefinedIn = new TreeMap<>();
			bundles().forEach((basename, files) -> {
				MessageFile file = files.get(language);
				if (file == null) {
					return;
				}
				file.duplicateKeys().forEach(key -> problems.add(file.name() + ": " + key + " is defined twice in the file"));
				file.entries().keySet().forEach(key -> {
					String earlier = firstDefinedIn.putIfAbsent(key, file.name());
					if (earlier != null) {
						problems.add(file.name() + ": " + key + " is also defined in " + earlier
								+ " (only the first basename wins)");
					}
				});
			});
		}
		assertNone(problems, "A key is defined once per language");
	}

	@Test
	void noMessageIsBlank() {
		List<String> problems = new ArrayList<>();
		forEachMessage((file, key, value) -> {
			if (value.isBlank()) {
				problems.add(file.name() + ": " + key);
			}
		});
		assertNone(problems, "Blank messages");
	}

	@Test
	void placeholdersMatchBetweenVietnameseAndEnglish() {
		List<String> problems = new ArrayList<>();
		bundles().forEach((basename, files) -> {
			MessageFile vi = files.get("vi");
			MessageFile en = files.get("en");
			if (vi == null || en == null) {
				return;
			}
			vi.entries().forEach((key, viValue) -> {
				String enValue = en.entries().get(key);
				if (enValue != null && !placeholders(viValue).equals(placeholders(enValue))) {
					problems.add(basename + ": " + key + " has " + placeholders(viValue) + " in Vietnamese but "
							+ placeholders(enValue) + " in English");
				}
			});
		});
		assertNone(problems, "Placeholders {n} differ between the languages");
	}

	@Test
	void messagesWithArgumentsSurviveMessageFormat() {
		List<String> problems = new ArrayList<>();
		forEachMessage((file, key, value) -> {
			Set<Integer> indexes = placeholders(value);
			if (indexes.isEmpty()) {
				return;
			}
			if (value.replace("''", "").contains("'")) {
				problems.add(file.name() + ": " + key + " has a single apostrophe, which MessageFormat treats as a quote "
						+ "(write '' or avoid it): " + value);
				return;
			}
			try {
				Object[] arguments = new Object[indexes.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
				Arrays.setAll(arguments, i -> "\u00abarg" + i + "\u00bb");
				String formatted = new MessageFormat(value, Locale.forLanguageTag(file.language())).format(arguments);
				indexes.stream()
					.filter(i -> !formatted.contains("\u00abarg" + i + "\u00bb"))
					.forEach(i -> problems.add(file.name() + ": " + key + " loses argument {" + i + "}: " + formatted));
			}
			catch (IllegalArgumentException exception) {
				problems.add(file.name() + ": " + key + " is not a valid MessageFormat pattern (" + exception.getMessage()
						+ "): " + value);
			}
		});
		assertNone(problems, "Messages with {n} arguments are formatted by MessageFormat");
	}

	@Test
	void englishMessagesAreTranslated() {
		List<String> problems = new ArrayList<>();
		bundles().forEach((basename, files) -> {
			MessageFile vi = files.get("vi");
			MessageFile en = files.get("en");
			if (vi == null || en == null) {
				return;
			}
			en.entries().forEach((key, enValue) -> {
				if (enValue.equals(vi.entries().get(key)) && !VIETNAMESE_DATA.contains(key)
						&& enValue.chars().anyMatch(c -> c > 127 && Character.isLetter(c))) {
					problems.add(en.name() + ": " + key + "=" + enValue);
				}
			});
		});
		assertNone(problems, "English messages that are still the Vietnamese text");
	}

	// ------------------------------------------------------------------------------------------
	// Keys used by the templates and the code
	// ------------------------------------------------------------------------------------------

	@Test
	void everyMessageKeyUsedInTemplatesExists() {
		Map<String, Set<String>> known = knownKeys();
		List<String> problems = new ArrayList<>();
		int found = 0;
		for (Path template : templates()) {
			for (MessageExpression expression : messageExpressions(read(template))) {
				if (expression.key() != null) {
					found++;
					missingIn(known, expression.key())
						.ifPresent(languages -> problems.add(relative(template) + ": #{" + expression.key() + "} (missing in "
								+ languages + ")"));
				}
			}
		}
		assertThat(found).as("message expressions found in %s", TEMPLATES).isPositive();
		assertNone(problems, "Message keys used in templates but defined in no bundle");
	}

	@Test
	void templatesPassAnArgumentForEveryPlaceholder() {
		Map<String, String> vietnamese = allMessages("vi");
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			for (MessageExpression expression : messageExpressions(read(template))) {
				String message = expression.key() == null ? null : vietnamese.get(expression.key());
				if (message == null || expression.arguments() == null) {
					continue;
				}
				Set<Integer> indexes = placeholders(message);
				int passed = expression.arguments().size();
				List<Integer> unfilled = indexes.stream().filter(i -> i >= passed).toList();
				if (!unfilled.isEmpty()) {
					problems.add(relative(template) + ": #{" + expression.source() + "} passes " + passed
							+ " argument(s) but the message has " + indexes.stream().map(i -> "{" + i + "}").toList()
							+ ": " + message);
				}
			}
		}
		assertNone(problems, "Template messages shown with their placeholders unfilled");
	}

	/** Templates show enums as {@code #{${'prefix.' + value}}}: every constant needs a label. */
	@ParameterizedTest(name = "{0}<constant> for every {1} constant")
	@CsvSource({ "role., vn.giupxa.account.Role", "unit.level., vn.giupxa.territory.UnitLevel",
			"audit.action., vn.giupxa.audit.AuditAction", "unit.type., vn.giupxa.territory.VillageType",
			"directory.agency.kind., vn.giupxa.directory.AgencyKind",
			"directory.position.kind., vn.giupxa.directory.PositionKind",
			"directory.committee.kind., vn.giupxa.directory.CommitteeKind",
			"calendar.kind., vn.giupxa.calendar.DayKind", "obstacle.kind., vn.giupxa.obstacle.ObstacleKind",
			"obstacle.level., vn.giupxa.obstacle.ObstacleLevel", "obstacle.state., vn.giupxa.obstacle.ObstacleState",
			"obstacle.step., vn.giupxa.obstacle.StepAction",
			"program.component.kind., vn.giupxa.program.ComponentKind", "program.set.level., vn.giupxa.program.CriteriaLevel",
			"program.thresholdKey., vn.giupxa.program.ThresholdKey", "program.key., vn.giupxa.program.Region",
			"program.status., vn.giupxa.program.AssessmentStatus",
			"program.recognition.kind., vn.giupxa.program.RecognitionKind", "program.standard., vn.giupxa.program.NtmStandard",
			"program.periodLabel., vn.giupxa.shared.ReportingPeriod$Kind",
			"portal.document.type., vn.giupxa.portal.DocumentType", "portal.article.status., vn.giupxa.portal.ArticleStatus",
			"assignment.tier., vn.giupxa.assignment.Tier", "assignment.kind., vn.giupxa.assignment.AssignmentKind",
			"assignment.decision.status., vn.giupxa.assignment.DecisionStatus",
			"assignment.request.status., vn.giupxa.assignment.RequestStatus",
			"assignment.change., vn.giupxa.assignment.ChangeKind",
			"fieldwork.visit.state., vn.giupxa.fieldwork.VisitState",
			"fieldwork.meeting.kind., vn.giupxa.fieldwork.MeetingKind",
			"fieldwork.meeting.state., vn.giupxa.fieldwork.MeetingState",
			"fieldwork.calendar.weekday., java.time.DayOfWeek",
			"helpplan.state., vn.giupxa.fieldwork.HelpPlanState", "helpplan.focus., vn.giupxa.fieldwork.FocusContent",
			"dissemination.channel., vn.giupxa.fieldwork.DisseminationChannel",
			"capacity.kind., vn.giupxa.fieldwork.CapacityActivityKind" })
	void enumBasedKeyFamiliesCoverEveryConstant(String prefix, String enumClassName) {
		Class<?> type = classNamed(enumClassName);
		assertThat(type.isEnum()).as("%s is an enum", enumClassName).isTrue();
		Map<String, Set<String>> known = knownKeys();
		List<String> problems = new ArrayList<>();
		for (Object constant : type.getEnumConstants()) {
			String key = prefix + ((Enum<?>) constant).name();
			missingIn(known, key).ifPresent(languages -> problems.add(key + " (missing in " + languages + ")"));
		}
		assertNone(problems, "Labels for " + type.getSimpleName() + " constants");
	}

	/** Keys built from the values of a list constant, e.g. the columns of the officials CSV import. */
	@ParameterizedTest(name = "{0}<value> for every value of {1}.{2}")
	@CsvSource({ "directory.import.column., vn.giupxa.directory.OfficialCsv, COLUMNS" })
	void listBasedKeyFamiliesCoverEveryValue(String prefix, String className, String fieldName) throws Exception {
		Field field = classNamed(className).getDeclaredField(fieldName);
		field.setAccessible(true);
		Object values = field.get(null);
		assertThat(values).as("%s.%s", className, fieldName).isInstanceOf(Collection.class);
		assertThat((Collection<?>) values).as("%s.%s", className, fieldName).isNotEmpty();
		Map<String, Set<String>> known = knownKeys();
		List<String> problems = new ArrayList<>();
		for (Object value : (Collection<?>) values) {
			String key = prefix + value;
			missingIn(known, key).ifPresent(languages -> problems.add(key + " (missing in " + languages + ")"));
		}
		assertNone(problems, "Labels for the values of " + className + "." + fieldName);
	}

	@Test
	void everyDynamicKeyFamilyUsedInTemplatesHasMessages() {
		Map<String, Set<String>> known = knownKeys();
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			for (MessageExpression expression : messageExpressions(read(template))) {
				String prefix = expression.dynamicPrefix();
				if (prefix == null) {
					continue;
				}
				List<String> empty = LANGUAGES.stream()
					.filter(language -> known.get(language).stream().noneMatch(key -> key.startsWith(prefix)))
					.toList();
				if (!empty.isEmpty()) {
					problems.add(relative(template) + ": #{" + expression.source() + "} builds keys " + prefix
							+ "* but no such key exists in " + empty);
				}
			}
		}
		assertNone(problems, "Dynamic message keys with no message at all");
	}

	@Test
	void everyUnitTypeOfTheOfficialMapHasALabel() {
		List<Path> seeds = list(RESOURCES.resolve("db/seed/territory"),
				path -> path.getFileName().toString().matches("units_.*\\.csv"));
		assertThat(seeds).as("territory seed files").isNotEmpty();
		Set<String> unitTypes = new TreeSet<>();
		for (Path seed : seeds) {
			List<String> lines = lines(seed);
			int column = Arrays.asList(lines.get(0).split(",", -1)).indexOf("unit_type");
			assertThat(column).as("unit_type column of %s", seed).isNotNegative();
			lines.stream().skip(1).filter(line -> !line.isBlank()).forEach(line -> unitTypes.add(line.split(",", -1)[column]));
		}
		Map<String, Set<String>> known = knownKeys();
		List<String> problems = new ArrayList<>();
		for (String unitType : unitTypes) {
			missingIn(known, "unit.type." + unitType)
				.ifPresent(languages -> problems.add("unit.type." + unitType + " (missing in " + languages + ")"));
		}
		assertNone(problems, "Unit types of the official map without a label (templates show #{${'unit.type.' + ...}})");
	}

	@Test
	void everyStatusOfTheErrorPagesHasATitle() {
		Pattern status = Pattern.compile("HttpStatus\\.([A-Z_]+)\\b");
		Map<String, Set<String>> known = knownKeys();
		Set<String> problems = new TreeSet<>();
		for (Path source : javaSources()) {
			String code = read(source);
			if (!code.contains("\"error/problem\"") && !code.contains("\"error.\" +")) {
				continue;
			}
			Matcher matcher = status.matcher(code);
			while (matcher.find()) {
				String key = "error." + HttpStatus.valueOf(matcher.group(1)).value() + ".title";
				missingIn(known, key).ifPresent(
						languages -> problems.add(relative(source) + ": HttpStatus." + matcher.group(1) + " needs " + key
								+ " (missing in " + languages + ")"));
			}
		}
		assertNone(new ArrayList<>(problems), "Error statuses whose page or problem title is built as error.<status>.title");
	}

	@Test
	void everyMessageKeyUsedInJavaCodeExists() {
		Map<String, Set<String>> known = knownKeys();
		Map<String, Set<String>> usedKeys = javaMessageKeys();
		assertThat(usedKeys).as("message keys found in %s", JAVA_SOURCES).isNotEmpty();
		List<String> problems = new ArrayList<>();
		usedKeys.forEach((key, sources) -> missingIn(known, key)
			.ifPresent(languages -> problems.add(key + " (missing in " + languages + ") used in " + sources)));
		assertNone(problems, "Message keys used in Java code but defined in no bundle");
	}

	// ------------------------------------------------------------------------------------------
	// No hard-coded language in the templates
	// ------------------------------------------------------------------------------------------

	@Test
	void templatesHaveNoHardCodedText() {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			offences.addAll(hardCodedText(relative(template), read(template)));
		}
		assertNone(offences, "Hard-coded text in templates: give the element th:text=\"#{key}\" (or put the text in a "
				+ "message) so that it is translated");
	}

	@Test
	void templatesHaveNoHardCodedUserVisibleAttributes() {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			offences.addAll(hardCodedAttributes(relative(template), read(template)));
		}
		assertNone(offences, "Hard-coded " + VISIBLE_ATTRIBUTES + " in templates: use th:placeholder=\"#{key}\", "
				+ "th:title=\"#{key}\" and so on");
	}

	/** The checks above are only as good as the scanners; these pin down what the scanners see. */
	@Test
	void scannersRecogniseTheThymeleafIdioms() {
		List<MessageExpression> expressions = messageExpressions("""
				<p th:text="#{a.b}">x</p>
				<p th:text="#{c.d(${x.y()}, ${#temporals.format(t, 'dd/MM/yyyy', 'Asia/Ho_Chi_Minh')})} + ':'">x</p>
				<span th:text="#{${'role.' + r}}">r</span>
				<h1 th:text="#{'error.' + ${status} + '.title'}">e</h1>
				<div th:text="#{${message}}">m</div>
				<i th:title="${#messages.msg('e.f')}"></i>
				""");
		assertThat(expressions).extracting(MessageExpression::key)
			.containsExactly("a.b", "c.d", null, null, null, "e.f");
		assertThat(expressions.get(1).arguments()).hasSize(2);
		assertThat(expressions).extracting(MessageExpression::dynamicPrefix)
			.containsExactly(null, null, "role.", "error.", null, null);

		String html = """
				<!DOCTYPE html>
				<html xmlns:th="http://www.thymeleaf.org" th:replace="~{fragments/layout :: layout(~{::title}, ~{::section})}">
				<head><title th:text="#{t}">Title</title></head>
				<body><section>
				  <h1>Xin chào</h1>
				  <p th:text="#{p}">Lorem <b>ipsum</b></p>
				  <div th:replace="~{fragments/x :: y}">Placeholder</div>
				  <div class="invalid-feedback" th:errors="*{name}">error</div>
				  <p>404</p><span>—</span><a href="/">GiupXa</a> <a href="?lang=en">English</a>
				  <input placeholder="Tìm kiếm"><input placeholder="x" th:placeholder="#{q}"><img src="a.svg" alt="">
				  <img src="b.svg" alt="Logo"><table><tr><td>Ô</td></tr></table>
				  <button th:attr="aria-label=#{close}" aria-label="Close">×</button>
				  <p>[[#{inline}]] · done</p>
				</section></body></html>
				""";
		assertThat(hardCodedText("t.html", html)).containsExactly("t.html: <h1> \"Xin chào\"", "t.html: <td> \"Ô\"",
				"t.html: <p> \"[[#{inline}]] · done\"");
		assertThat(hardCodedAttributes("t.html", html)).containsExactly("t.html: <input placeholder> \"Tìm kiếm\"",
				"t.html: <img alt> \"Logo\"");
	}

	// ------------------------------------------------------------------------------------------
	// Bundles
	// ------------------------------------------------------------------------------------------

	/** One properties file: its entries in file order and the keys it defines more than once. */
	record MessageFile(Path path, String language, Map<String, String> entries, List<String> duplicateKeys) {

		static MessageFile load(Path path) {
			Map<String, String> entries = new LinkedHashMap<>();
			List<String> duplicates = new ArrayList<>();
			Properties properties = new Properties() {
				@Override
				public synchronized Object put(Object key, Object value) {
					if (entries.put((String) key, (String) value) != null) {
						duplicates.add((String) key);
					}
					return super.put(key, value);
				}
			};
			try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException exception) {
				throw new UncheckedIOException(exception);
			}
			Matcher matcher = BUNDLE_FILE.matcher(path.getFileName().toString());
			return new MessageFile(path, matcher.matches() ? matcher.group(2) : "", entries, duplicates);
		}

		String name() {
			return path.getFileName().toString();
		}
	}

	@FunctionalInterface
	interface MessageVisitor {

		void visit(MessageFile file, String key, String value);
	}

	/** basename → language → file, e.g. messages → {vi → messages_vi.properties, en → …}. */
	/** Loads a class by name, so that this test compiles (and says what to update) when it moves. */
	private static Class<?> classNamed(String className) {
		try {
			return Class.forName(className, false, MessagesTests.class.getClassLoader());
		}
		catch (ClassNotFoundException exception) {
			throw new AssertionError(className + " is not on the classpath: if it moved or was renamed, update the "
					+ "@CsvSource of MessagesTests", exception);
		}
	}

	private static Map<String, Map<String, Path>> bundleFiles() {
		Map<String, Map<String, Path>> bundles = new TreeMap<>();
		for (Path file : list(RESOURCES, path -> BUNDLE_FILE.matcher(path.getFileName().toString()).matches())) {
			Matcher matcher = BUNDLE_FILE.matcher(file.getFileName().toString());
			matcher.matches();
			bundles.computeIfAbsent(matcher.group(1), basename -> new TreeMap<>()).put(matcher.group(2), file);
		}
		return bundles;
	}

	private static Map<String, Map<String, MessageFile>> bundles() {
		Map<String, Map<String, MessageFile>> bundles = new TreeMap<>();
		bundleFiles().forEach((basename, files) -> files.forEach((language, path) -> bundles
			.computeIfAbsent(basename, b -> new TreeMap<>())
			.put(language, MessageFile.load(path))));
		return bundles;
	}

	private static void forEachMessage(MessageVisitor visitor) {
		bundles().values()
			.forEach(files -> files.values()
				.forEach(file -> file.entries().forEach((key, value) -> visitor.visit(file, key, value))));
	}

	/** All messages of one language, over every bundle. */
	private static Map<String, String> allMessages(String language) {
		Map<String, String> messages = new TreeMap<>();
		bundles().values().forEach(files -> {
			MessageFile file = files.get(language);
			if (file != null) {
				file.entries().forEach(messages::putIfAbsent);
			}
		});
		return messages;
	}

	/** language → every key defined in that language. */
	private static Map<String, Set<String>> knownKeys() {
		Map<String, Set<String>> known = new LinkedHashMap<>();
		LANGUAGES.forEach(language -> known.put(language, allMessages(language).keySet()));
		return known;
	}

	/** The languages lacking the key, if any. */
	private static Optional<List<String>> missingIn(Map<String, Set<String>> known, String key) {
		List<String> missing = LANGUAGES.stream().filter(language -> !known.get(language).contains(key)).toList();
		return missing.isEmpty() ? Optional.empty() : Optional.of(missing);
	}

	private static Set<Integer> placeholders(String message) {
		Set<Integer> indexes = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			indexes.add(Integer.valueOf(matcher.group(1)));
		}
		return indexes;
	}

	@SuppressWarnings("unchecked")
	private static Set<String> configuredBasenames() {
		Object basename = "messages"; // Spring Boot's default
		for (Object document : new Yaml().loadAll(read(RESOURCES.resolve("application.yml")))) {
			Object value = path(document, "spring", "messages", "basename");
			if (value != null) {
				basename = value;
			}
		}
		Stream<String> names = basename instanceof Collection<?> list ? list.stream().map(String::valueOf)
				: Arrays.stream(String.valueOf(basename).split(","));
		return names.map(String::strip)
			.map(name -> name.replaceFirst("^classpath\\*?:/?", ""))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@SuppressWarnings("unchecked")
	private static Object path(Object document, String... keys) {
		Object current = document;
		for (String key : keys) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = ((Map<String, Object>) map).get(key);
		}
		return current;
	}

	// ------------------------------------------------------------------------------------------
	// Templates: message expressions
	// ------------------------------------------------------------------------------------------

	/**
	 * A {@code #{...}} expression: {@code key} is null when the key is built at runtime; then
	 * {@code dynamicPrefix} is its literal start, if it has one. {@code arguments} is null when
	 * they cannot be counted.
	 */
	record MessageExpression(String source, String key, List<String> arguments, String dynamicPrefix) {
	}

	static List<MessageExpression> messageExpressions(String text) {
		List<MessageExpression> expressions = new ArrayList<>();
		int start = text.indexOf("#{");
		while (start >= 0) {
			int end = closingBrace(text, start + 1);
			if (end < 0) {
				break;
			}
			expressions.add(messageExpression(text.substring(start + 2, end).strip()));
			start = text.indexOf("#{", end);
		}
		Matcher utility = MESSAGES_UTILITY.matcher(text);
		while (utility.find()) {
			// arguments unknown: #messages.msgWithParams takes an array
			expressions.add(new MessageExpression(utility.group(), utility.group(1), null, null));
		}
		return expressions;
	}

	private static MessageExpression messageExpression(String content) {
		String keyPart = content;
		List<String> arguments = List.of();
		if (content.endsWith(")")) {
			int open = topLevelIndexOf(content, '(');
			if (open > 0) {
				keyPart = content.substring(0, open).strip();
				arguments = splitTopLevel(content.substring(open + 1, content.length() - 1));
			}
		}
		if (STATIC_KEY.matcher(keyPart).matches()) {
			return new MessageExpression(content, keyPart, arguments, null);
		}
		Matcher prefix = DYNAMIC_KEY_PREFIX.matcher(content);
		return new MessageExpression(content, null, arguments, prefix.find() ? prefix.group(1) : null);
	}

	/** Index of the brace closing the one at {@code open}, skipping quoted strings. */
	private static int closingBrace(String text, int open) {
		int depth = 0;
		boolean quoted = false;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '{') {
				depth++;
			}
			else if (!quoted && c == '}' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static int topLevelIndexOf(String text, char wanted) {
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && depth == 0 && c == wanted) {
				return i;
			}
			else if (!quoted && (c == '(' || c == '{' || c == '[')) {
				depth++;
			}
			else if (!quoted && (c == ')' || c == '}' || c == ']')) {
				depth--;
			}
		}
		return -1;
	}

	private static List<String> splitTopLevel(String text) {
		List<String> parts = new ArrayList<>();
		String rest = text;
		int comma = topLevelIndexOf(rest, ',');
		while (comma >= 0) {
			parts.add(rest.substring(0, comma).strip());
			rest = rest.substring(comma + 1);
			comma = topLevelIndexOf(rest, ',');
		}
		if (!rest.isBlank() || !parts.isEmpty()) {
			parts.add(rest.strip());
		}
		return parts;
	}

	// ------------------------------------------------------------------------------------------
	// Templates: hard-coded text
	// ------------------------------------------------------------------------------------------

	/**
	 * Thymeleaf templates are parsed as XML (so that fragments such as a lone {@code <tr>} keep their
	 * place) with the HTML void elements known, so that {@code <input>} does not swallow what follows.
	 */
	private static Document parseTemplate(String html) {
		Parser parser = Parser.xmlParser();
		parser.tagSet().onNewTag(tag -> {
			String name = tag.normalName();
			if (VOID_ELEMENTS.contains(name)) {
				tag.set(Tag.Void);
			}
			else if (name.equals("script") || name.equals("style")) {
				tag.set(Tag.Data);
			}
			else if (name.equals("textarea") || name.equals("title")) {
				tag.set(Tag.RcData);
			}
		});
		return Jsoup.parse(html, "", parser);
	}

	static List<String> hardCodedText(String name, String html) {
		List<String> offences = new ArrayList<>();
		for (Element element : parseTemplate(html).getAllElements()) {
			if (bodyIsSetAtRuntime(element)) {
				continue;
			}
			for (TextNode node : element.textNodes()) {
				String text = normalise(node.getWholeText());
				if (isLanguage(text)) {
					offences.add(name + ": <" + element.tagName() + "> \"" + text + "\"");
				}
			}
		}
		return offences;
	}

	static List<String> hardCodedAttributes(String name, String html) {
		List<String> offences = new ArrayList<>();
		for (Element element : parseTemplate(html).getAllElements()) {
			for (String attribute : VISIBLE_ATTRIBUTES) {
				if (!element.hasAttr(attribute) || hasThymeleafVersion(element, attribute)) {
					continue;
				}
				String value = normalise(element.attr(attribute));
				if (isLanguage(value)) {
					offences.add(name + ": <" + element.tagName() + " " + attribute + "> \"" + value + "\"");
				}
			}
		}
		return offences;
	}

	/** True when Thymeleaf replaces (or drops) this element's body, or the body of an ancestor. */
	private static boolean bodyIsSetAtRuntime(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			for (String processor : BODY_SETTING_PROCESSORS) {
				if (thymeleafAttribute(current, processor) != null) {
					return true;
				}
			}
			for (String processor : List.of("replace", "insert")) {
				String fragment = thymeleafAttribute(current, processor);
				// th:replace="~{layout :: layout(~{::title}, ~{::section})}" re-uses this template's own
				// markup, so its body is still shown: only a plain fragment call replaces the body.
				if (fragment != null && !fragment.matches("(?s).*~\\{\\s*(?:this\\s*)?::.*")) {
					return true;
				}
			}
			String remove = thymeleafAttribute(current, "remove");
			if (remove != null && (remove.strip().equals("all") || remove.strip().equals("body"))) {
				return true;
			}
			if (current.hasAttr("sec:authentication")) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasThymeleafVersion(Element element, String attribute) {
		if (thymeleafAttribute(element, attribute) != null) {
			return true;
		}
		if ((attribute.equals("alt") || attribute.equals("title")) && thymeleafAttribute(element, "alt-title") != null) {
			return true;
		}
		String attr = thymeleafAttribute(element, "attr");
		return attr != null && Pattern.compile("(?:^|[,\\s])" + Pattern.quote(attribute) + "\\s*=").matcher(attr).find();
	}

	/** {@code th:name} or its HTML5-valid spelling {@code data-th-name}. */
	private static String thymeleafAttribute(Element element, String name) {
		if (element.hasAttr("th:" + name)) {
			return element.attr("th:" + name);
		}
		return element.hasAttr("data-th-" + name) ? element.attr("data-th-" + name) : null;
	}

	private static String normalise(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
	}

	/**
	 * Whether the text is language: anything with a letter left once Thymeleaf inlined expressions
	 * ({@code [[...]]}, {@code [(...)]}) and the {@link #NOT_LANGUAGE} names are taken out.
	 * Digits, punctuation and symbols ("404", "–", "·", "/") are not language.
	 */
	static boolean isLanguage(String text) {
		String rest = text.replaceAll("\\[\\[.*?]]", " ").replaceAll("\\[\\(.*?\\)]", " ");
		if (rest.contains("#{")) {
			return true; // an inlined message next to literal text is still literal text around it
		}
		for (String name : NOT_LANGUAGE) {
			rest = rest.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])", " ");
		}
		return rest.codePoints().anyMatch(Character::isLetter);
	}

	// ------------------------------------------------------------------------------------------
	// Java sources
	// ------------------------------------------------------------------------------------------

	private static Map<String, Pattern> javaKeyPatterns() {
		String key = "\"([A-Za-z0-9_.-]+)\"";
		Map<String, Pattern> patterns = new LinkedHashMap<>();
		patterns.put("new NotFoundException/BusinessRuleException(\"key\"",
				Pattern.compile("new\\s+(?:NotFoundException|BusinessRuleException)\\s*\\(\\s*" + key));
		patterns.put("super(\"key\" in an exception", Pattern.compile("\\bsuper\\s*\\(\\s*" + key));
		patterns.put("rejectValue(\"field\", \"key\"", Pattern.compile("\\brejectValue\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*" + key));
		patterns.put("reject(\"key\"", Pattern.compile("\\breject\\s*\\(\\s*" + key));
		patterns.put("addFlashAttribute(\"message\", \"key\")",
				Pattern.compile("addFlashAttribute\\s*\\(\\s*\"message\"\\s*,\\s*" + key + "\\s*\\)"));
		patterns.put("message = \"{key}\"", Pattern.compile("\\bmessage\\s*=\\s*\"\\{([A-Za-z0-9_.-]+)}\""));
		patterns.put("error page or problem (HttpStatus.X, \"key\"",
				Pattern.compile("\\(\\s*HttpStatus\\.[A-Z_]+\\s*,\\s*" + key));
		patterns.put("getMessage(\"key\"", Pattern.compile("\\bgetMessage\\s*\\(\\s*" + key));
		return patterns;
	}

	/**
	 * key → the files using it: the literal keys of {@link #JAVA_KEY_PATTERNS}, and every other
	 * string literal shaped like a key of a namespace the bundles use ("password.tooShort",
	 * "directory.import.noRows"), which catches keys returned by helpers or passed to records.
	 */
	private static Map<String, Set<String>> javaMessageKeys() {
		Map<Path, String> sources = new LinkedHashMap<>();
		javaSources().forEach(source -> sources.put(source, withoutCommentsAndTextBlocks(read(source))));
		Map<String, Set<String>> keys = new TreeMap<>();
		Set<String> namespaces = new TreeSet<>();
		knownKeys().values().forEach(known -> known.forEach(key -> namespaces.add(namespace(key))));
		sources.forEach((source, code) -> JAVA_KEY_PATTERNS.forEach((description, pattern) -> {
			Matcher matcher = pattern.matcher(code);
			while (matcher.find()) {
				String key = matcher.group(1);
				if (key.startsWith("jakarta.") || key.startsWith("javax.") || key.startsWith("org.hibernate.")) {
					continue; // Bean Validation's own messages
				}
				keys.computeIfAbsent(key, k -> new TreeSet<>()).add(relative(source));
				namespaces.add(namespace(key));
			}
		}));
		Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");
		sources.forEach((source, code) -> {
			Matcher matcher = literal.matcher(code);
			while (matcher.find()) {
				if (namespaces.contains(namespace(matcher.group(1)))) {
					keys.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(relative(source));
				}
			}
		});
		return keys;
	}

	private static String namespace(String key) {
		int dot = key.indexOf('.');
		return dot < 0 ? key : key.substring(0, dot);
	}

	private static String withoutCommentsAndTextBlocks(String code) {
		return code.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"").replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", "");
	}

	// ------------------------------------------------------------------------------------------
	// Files
	// ------------------------------------------------------------------------------------------

	private static List<Path> templates() {
		List<Path> templates = list(TEMPLATES, path -> path.toString().endsWith(".html"));
		assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
		return templates;
	}

	private static List<Path> javaSources() {
		return list(JAVA_SOURCES, path -> path.toString().endsWith(".java"));
	}

	private static List<Path> list(Path directory, Predicate<Path> filter) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).filter(filter).sorted().toList();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static String relative(Path file) {
		Path base = file.startsWith(TEMPLATES) ? TEMPLATES : file.startsWith(JAVA_SOURCES) ? JAVA_SOURCES : RESOURCES;
		return base.relativize(file).toString().replace('\\', '/');
	}

	private static List<String> minus(Set<String> keys, Set<String> others) {
		return keys.stream().filter(key -> !others.contains(key)).toList();
	}

	private static void assertNone(List<String> problems, String description) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(problems));
		assertThat(distinct)
			.withFailMessage("%s (%d):%n  %s", description, distinct.size(), String.join(System.lineSeparator() + "  ", distinct))
			.isEmpty();
	}
}
