package vn.giupxa.program;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giupxa.shared.JdbcReads;

/** Reads the catalog: programs with their component trees, criteria sets with criteria, indicators and thresholds. */
@Component
@JdbcReads
class Catalog {

	private static final String SET = """
			SELECT s.id, s.code, s.name, s.legal_basis, s.valid_from, s.valid_to, s.level, s.threshold_key, s.verified,
			       s.source, p.code AS parent_code, u.name AS province_name, tp.first_year, tp.last_year,
			       (SELECT count(*) FROM criterion c WHERE c.set_id = s.id) AS criteria_count,
			       (SELECT count(*) FROM indicator i WHERE i.set_id = s.id) AS indicator_count
			FROM criteria_set s
			LEFT JOIN criteria_set p ON p.id = s.parent_set_id
			LEFT JOIN administrative_unit u ON u.id = s.issuing_province_id
			LEFT JOIN target_program tp ON tp.id = s.program_id
			""";

	/**
	 * What the matrix and the "n of N" need of a set (id, threshold key, number of criteria) by its code
	 * ({@code :setCode}): sent with their statements to check the set {@linkplain #remembered remembered} for the
	 * code ({@link #sameForCounts}).
	 */
	static final String SET_CHECK = """
			SELECT s.id, s.threshold_key, (SELECT count(*) FROM criterion c WHERE c.set_id = s.id) AS criteria_count
			FROM criteria_set s WHERE upper(s.code) = upper(:setCode)""";

	/** At most this many sets are remembered by code (there are a few dozen). */
	private static final int REMEMBERED_LIMIT = 200;

	private final JdbcClient jdbc;

	/** The sets last found by code (upper case), for {@link #SET_CHECK}: a guess checked by the database each time. */
	private final Cache<String, SetView> remembered = Caffeine.newBuilder().maximumSize(REMEMBERED_LIMIT).build();

	Catalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProgramView> programs() {
		Map<Long, List<ComponentNode>> components = jdbc.sql("""
				SELECT c.id, c.program_id, c.parent_id, c.kind, c.number, c.name, c.verified, c.source, c.closed_on,
				       EXISTS (SELECT 1 FROM plan_target t WHERE t.component_id = c.id) AS in_use
				FROM program_component c""")
			.query((rs, row) -> new ComponentNode(rs.getLong("id"), rs.getLong("program_id"),
					(Long) rs.getObject("parent_id"), ComponentKind.valueOf(rs.getString("kind")), rs.getString("number"),
					rs.getString("name"), rs.getBoolean("verified"), rs.getString("source"),
					rs.getObject("closed_on", LocalDate.class), rs.getBoolean("in_use"), 0))
			.list()
			.stream()
			.collect(Collectors.groupingBy(ComponentNode::programId));
		return jdbc.sql("SELECT * FROM target_program ORDER BY first_year, code")
			.query((rs, row) -> new ProgramView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getInt("first_year"), rs.getInt("last_year"), rs.getString("phases"), rs.getString("legal_basis"),
					rs.getString("lead_agency"), rs.getBoolean("verified"), rs.getString("source"),
					rs.getObject("closed_on", LocalDate.class),
					tree(components.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	Optional<ProgramView> program(String code) {
		return programs().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
	}

	Page<SetView> sets(int page, int size) {
		long total = jdbc.sql("SELECT count(*) FROM criteria_set").query(Long.class).single();
		List<SetView> sets = jdbc.sql(SET + " ORDER BY s.valid_from DESC, s.level, s.code LIMIT :limit OFFSET :offset")
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Catalog::set)
			.list();
		return new PageImpl<>(sets, PageRequest.of(page, size), total);
	}

	/** The first {@code size} sets in the order of {@link #sets}, without their total (one statement, for option lists). */
	List<SetView> firstSets(int size) {
		return jdbc.sql(SET + " ORDER BY s.valid_from DESC, s.level, s.code LIMIT :limit")
			.param("limit", size)
			.query(Catalog::set)
			.list();
	}

	Optional<SetView> set(String code) {
		Optional<SetView> set = jdbc.sql(SET + " WHERE upper(s.code) = upper(:code)").param("code", code).query(Catalog::set).optional();
		set.ifPresent(found -> {
			remembered.put(found.code().toUpperCase(Locale.ROOT), found);
		});
		return set;
	}

	/**
	 * The set last found with this code by {@link #set(String)}, if any: not read again, so it may have changed since;
	 * only for statements that check it with {@link #SET_CHECK}.
	 */
	Optional<SetView> remembered(String code) {
		return code == null || code.isBlank() ? Optional.empty()
				: Optional.ofNullable(remembered.getIfPresent(code.strip().toUpperCase(Locale.ROOT)));
	}

	/** Whether a row of {@link #SET_CHECK} is the set as the counts use it (same id, threshold key and number of criteria). */
	static boolean sameForCounts(ResultSet rs, SetView set) throws SQLException {
		return rs.getLong("id") == set.id() && set.thresholdKey().name().equals(rs.getString("threshold_key"))
				&& rs.getInt("criteria_count") == set.criteriaCount();
	}

	/** The commune set of a basic level in force on the date (the default for a scorecard). */
	Optional<SetView> communeSetOn(LocalDate date) {
		return jdbc.sql(SET + " WHERE s.level = 'BASIC' AND s.valid_from <= :date AND (s.valid_to IS NULL OR s.valid_to >= :date)"
				+ " ORDER BY s.valid_from DESC LIMIT 1")
			.param("date", date)
			.query(Catalog::set)
			.optional();
	}

	/** Criteria with their indicators and thresholds, in order. */
	List<CriterionView> criteria(long setId) {
		Map<Long, List<ThresholdView>> thresholds = jdbc.sql("""
				SELECT t.indicator_id, t.key_value, t.year, t.value FROM indicator_threshold t
				JOIN indicator i ON i.id = t.indicator_id WHERE i.set_id = :set ORDER BY t.key_value, t.year NULLS FIRST""")
			.param("set", setId)
			.query((rs, row) -> new ThresholdView(rs.getLong("indicator_id"), rs.getString("key_value"),
					(Integer) rs.getObject("year"), rs.getBigDecimal("value")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(ThresholdView::indicatorId));
		Map<Long, List<IndicatorView>> indicators = jdbc.sql("""
				SELECT i.id, i.criterion_id, c.number AS criterion_number, i.code, i.name, i.unit, i.comparison, i.illustrative
				FROM indicator i JOIN criterion c ON c.id = i.criterion_id WHERE i.set_id = :set""")
			.param("set", setId)
			.query((rs, row) -> new IndicatorView(rs.getLong("id"), rs.getLong("criterion_id"),
					rs.getInt("criterion_number"), rs.getString("code"), rs.getString("name"), rs.getString("unit"),
					Comparison.valueOf(rs.getString("comparison")), rs.getBoolean("illustrative"),
					thresholds.getOrDefault(rs.getLong("id"), List.of())))
			.list()
			.stream()
			.sorted(Comparator.comparing(IndicatorView::code, Catalog::compareNumbers))
			.collect(Collectors.groupingBy(IndicatorView::criterionId, java.util.LinkedHashMap::new, Collectors.toList()));
		return jdbc.sql("SELECT * FROM criterion WHERE set_id = :set ORDER BY number")
			.param("set", setId)
			.query((rs, row) -> criterion(rs, indicators.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private static CriterionView criterion(ResultSet rs, List<IndicatorView> indicators) throws SQLException {
		return new CriterionView(rs.getLong("id"), rs.getInt("number"), rs.getString("name"), rs.getString("group_number"),
				rs.getString("group_name"), rs.getBoolean("verified"), rs.getBoolean("group_verified"),
				rs.getString("source"), indicators);
	}

	/** The criteria of the set {@code :set} in order, for a table's headings ({@link #heading}). */
	static final String HEADINGS = "SELECT * FROM criterion WHERE set_id = :set ORDER BY number";

	/**
	 * The criteria in order without their indicators (an empty list), for a table's headings: one statement
	 * instead of {@link #criteria}'s three.
	 */
	List<CriterionView> headings(long setId) {
		return jdbc.sql(HEADINGS).param("set", setId).query((rs, row) -> heading(rs)).list();
	}

	/** A criterion of {@link #HEADINGS}: without its indicators. */
	static CriterionView heading(ResultSet rs) throws SQLException {
		return criterion(rs, List.of());
	}

	/** Orders "4.10" after "4.2" and "10" after "9". */
	static int compareNumbers(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			int order = a[i].matches("\\d+") && b[i].matches("\\d+")
					? Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i])) : a[i].compareTo(b[i]);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.length, b.length);
	}

	/** The nodes in reading order (each parent followed by its children), with their depth. */
	private static List<ComponentNode> tree(List<ComponentNode> nodes) {
		List<ComponentNode> ordered = new ArrayList<>();
		addChildren(null, 0, nodes, ordered);
		return ordered;
	}

	private static void addChildren(Long parentId, int depth, List<ComponentNode> nodes, List<ComponentNode> ordered) {
		nodes.stream()
			.filter(node -> java.util.Objects.equals(node.parentId(), parentId))
			.sorted(Comparator.comparing(ComponentNode::number, Catalog::compareNumbers))
			.forEach(node -> {
				ordered.add(node.atDepth(depth));
				addChildren(node.id(), depth + 1, nodes, ordered);
			});
	}

	private static SetView set(ResultSet rs, int row) throws SQLException {
		return new SetView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("legal_basis"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				CriteriaLevel.valueOf(rs.getString("level")), ThresholdKey.valueOf(rs.getString("threshold_key")),
				rs.getString("parent_code"), rs.getString("province_name"), rs.getBoolean("verified"),
				rs.getString("source"), rs.getInt("criteria_count"), rs.getInt("indicator_count"));
	}

	record ProgramView(long id, String code, String name, int firstYear, int lastYear, String phases, String legalBasis,
			String leadAgency, boolean verified, String source, LocalDate closedOn, List<ComponentNode> components) {
	}

	record ComponentNode(long id, long programId, Long parentId, ComponentKind kind, String number, String name,
			boolean verified, String source, LocalDate closedOn, boolean inUse, int depth) {

		public ComponentNode atDepth(int level) {
			return new ComponentNode(id, programId, parentId, kind, number, name, verified, source, closedOn, inUse, level);
		}
	}

	record SetView(long id, String code, String name, String legalBasis, LocalDate validFrom, LocalDate validTo,
			CriteriaLevel level, ThresholdKey thresholdKey, String parentCode, String issuingProvince, boolean verified,
			String source, int criteriaCount, int indicatorCount) {

		/** True when the whole period lies in the set's validity years. */
		public boolean covers(vn.giupxa.shared.ReportingPeriod period) {
			return period.within(validFrom.getYear(), validTo == null ? 9999 : validTo.getYear());
		}
	}

	record CriterionView(long id, int number, String name, String groupNumber, String groupName, boolean verified,
			boolean groupVerified, String source, List<IndicatorView> indicators) {
	}

	record IndicatorView(long id, long criterionId, int criterionNumber, String code, String name, String unit,
			Comparison comparison, boolean illustrative, List<ThresholdView> thresholds) {

		/** The threshold for a key value and year: the year's own if there is one, else the one for every year. */
		public Optional<ThresholdView> thresholdFor(String keyValue, int year) {
			return thresholds.stream()
				.filter(t -> t.keyValue().equals(keyValue) && (t.year() == null || t.year() == year))
				.min(Comparator.comparing(t -> t.year() == null ? 1 : 0));
		}
	}

	record ThresholdView(long indicatorId, String keyValue, Integer year, BigDecimal value) {
	}
}
