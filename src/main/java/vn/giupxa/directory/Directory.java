package vn.giupxa.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.Texts;

/**
 * Reads the directory: agencies, their positions, who held each position when, and the committees
 * of a unit. This is the module's API for other modules. Queries that depend on time take the date
 * ("who was Giám đốc on 1 March 2024"). Results are not filtered by the caller's scope: callers that
 * show them to users apply their own scope.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	static final String AGENCY = """
			SELECT a.id, a.code, a.name, a.short_name, a.kind, a.unit_id, u.code AS unit_code, u.name AS unit_name,
			       a.parent_agency_id, pa.code AS parent_code, pa.name AS parent_name, a.email, a.phone, a.address, a.valid_from, a.valid_to
			FROM agency a
			JOIN administrative_unit u ON u.id = a.unit_id
			LEFT JOIN agency pa ON pa.id = a.parent_agency_id
			""";

	private static final String HOLDING = """
			SELECT h.id, h.position_id, p.title, p.agency_id, a.name AS agency_name, h.official_id, o.full_name,
			       o.email, o.phone, h.start_on, h.end_on, h.acting
			FROM position_holding h
			JOIN agency_position p ON p.id = h.position_id
			JOIN agency a ON a.id = p.agency_id
			JOIN official o ON o.id = h.official_id
			""";

	private static final String POSITION = """
			SELECT id, agency_id, title, kind, rank, valid_from, valid_to FROM agency_position""";

	private static final String COMMITTEE = """
			SELECT id, unit_id, kind, name, valid_from, valid_to FROM committee""";

	private static final String MEMBER = """
			SELECT m.id, m.committee_id, m.official_id, o.full_name, m.role_title, m.rank, m.start_on, m.end_on
			FROM committee_member m JOIN official o ON o.id = m.official_id""";

	private static final Comparator<CommitteeMemberView> MEMBER_ORDER = Comparator
		.comparingInt(CommitteeMemberView::rank)
		.thenComparing(Texts.vietnameseOrder(CommitteeMemberView::officialName));

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AgencyView> agency(long id) {
		return jdbc.sql(AGENCY + " WHERE a.id = :id").param("id", id).query(Directory::agency).optional();
	}

	/** The agency with this code (codes are compared without regard to case). */
	public Optional<AgencyView> agencyByCode(String code) {
		return jdbc.sql(AGENCY + " WHERE upper(a.code) = upper(:code)")
			.param("code", Texts.clean(code) == null ? "" : Texts.clean(code))
			.query(Directory::agency)
			.optional();
	}

	/** Agencies attached to the unit and in force on the date, in Vietnamese order of their names. */
	public List<AgencyView> agenciesOf(long unitId, LocalDate date) {
		return jdbc.sql(AGENCY + " WHERE a.unit_id = :unitId AND " + validOn("a"))
			.param("unitId", unitId)
			.param("date", date)
			.query(Directory::agency)
			.list()
			.stream()
			.sorted(Texts.vietnameseOrder(AgencyView::name))
			.toList();
	}

	/** The unit's Coordination Office ("Văn phòng Điều phối nông thôn mới") in force on the date. */
	public Optional<AgencyView> coordinationOffice(long unitId, LocalDate date) {
		return agenciesOf(unitId, date).stream().filter(agency -> agency.kind() == AgencyKind.COORDINATION_OFFICE)
			.findFirst();
	}

	/** The agency's changes of name, oldest first. */
	public List<AgencyRenameView> renamesOf(long agencyId) {
		return jdbc.sql("""
				SELECT agency_id, old_name, old_short_name, new_name, new_short_name, effective_on
				FROM agency_rename WHERE agency_id = :agencyId ORDER BY effective_on""")
			.param("agencyId", agencyId)
			.query((rs, row) -> new AgencyRenameView(rs.getLong("agency_id"), rs.getString("old_name"),
					rs.getString("old_short_name"), rs.getString("new_name"), rs.getString("new_short_name"),
					rs.getObject("effective_on", LocalDate.class)))
			.list();
	}

	/** The agency's name on the date: the agency keeps its latest name, earlier ones come from its renames. */
	public Optional<String> nameOn(long agencyId, LocalDate date) {
		Optional<AgencyRenameView> next = nextRenameAfter(agencyId, date);
		return next.isEmpty() ? agency(agencyId).map(AgencyView::name) : next.map(AgencyRenameView::oldName);
	}

	/** The agency's short name on the date, or its full name when it had no short name then (tables, annexes). */
	public Optional<String> displayNameOn(long agencyId, LocalDate date) {
		Optional<AgencyRenameView> next = nextRenameAfter(agencyId, date);
		return next.isEmpty() ? agency(agencyId).map(AgencyView::displayName)
				: next.map(r -> r.oldShortName() != null ? r.oldShortName() : r.oldName());
	}

	/** The first rename that took effect after the date: its old name is the name the agency had then. */
	private Optional<AgencyRenameView> nextRenameAfter(long agencyId, LocalDate date) {
		return renamesOf(agencyId).stream().filter(r -> r.effectiveOn().isAfter(date)).findFirst();
	}

	/** The merger of this agency into its successor, if it was merged. */
	public Optional<AgencyMergerView> mergerOf(long agencyId) {
		return mergers("m.agency_id = :id", agencyId).stream().findFirst();
	}

	/** The agencies merged into this one. */
	public List<AgencyMergerView> mergersInto(long successorAgencyId) {
		return mergers("m.successor_agency_id = :id", successorAgencyId);
	}

	private List<AgencyMergerView> mergers(String condition, long id) {
		List<MergerRow> rows = jdbc.sql("""
				SELECT m.id, m.agency_id, a.name AS agency_name, m.successor_agency_id, s.name AS successor_name,
				       m.effective_on
				FROM agency_merger m JOIN agency a ON a.id = m.agency_id JOIN agency s ON s.id = m.successor_agency_id
				""" + " WHERE " + condition + " ORDER BY m.effective_on, a.name")
			.param("id", id)
			.query((rs, row) -> new MergerRow(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
					rs.getLong("successor_agency_id"), rs.getString("successor_name"),
					rs.getObject("effective_on", LocalDate.class)))
			.list();
		return rows.stream().map(m -> new AgencyMergerView(m.agencyId(), m.agencyName(), m.successorId(),
				m.successorName(), m.effectiveOn(), jdbc.sql("""
						SELECT position_id, successor_position_id FROM agency_merger_position WHERE merger_id = :id""")
					.param("id", m.id())
					.query((rs, row) -> Map.entry(rs.getLong("position_id"), rs.getLong("successor_position_id")))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))))
			.toList();
	}

	public Optional<PositionView> position(long id) {
		return jdbc.sql(POSITION + " WHERE id = :id").param("id", id).query(Directory::position).optional();
	}

	/** Every position the agency has had, by rank, ended ones included. */
	public List<PositionView> positionsOf(long agencyId) {
		return jdbc.sql(POSITION + " WHERE agency_id = :agencyId ORDER BY rank, id")
			.param("agencyId", agencyId)
			.query(Directory::position)
			.list();
	}

	/** The agency's positions in force on the date, by rank. */
	public List<PositionView> positionsOf(long agencyId, LocalDate date) {
		return positionsOf(agencyId).stream().filter(position -> position.validOn(date)).toList();
	}

	/** Who held the position on the date, if anyone. */
	public Optional<PositionHolderView> holderOn(long positionId, LocalDate date) {
		return jdbc.sql(HOLDING + " WHERE h.position_id = :positionId AND h.start_on <= :date"
				+ " AND (h.end_on IS NULL OR h.end_on >= :date) ORDER BY h.start_on DESC LIMIT 1")
			.param("positionId", positionId)
			.param("date", date)
			.query((rs, row) -> new PositionHolderView(rs.getLong("id"), rs.getLong("position_id"),
					rs.getString("title"), rs.getLong("agency_id"), rs.getString("agency_name"),
					rs.getLong("official_id"), rs.getString("full_name"), rs.getString("email"),
					rs.getString("phone"), rs.getObject("start_on", LocalDate.class),
					rs.getObject("end_on", LocalDate.class), rs.getBoolean("acting")))
			.optional();
	}

	/** Everyone who held the position, newest first. */
	public List<HoldingView> historyOf(long positionId) {
		return jdbc.sql(HOLDING + " WHERE h.position_id = :positionId ORDER BY h.start_on DESC, h.id DESC")
			.param("positionId", positionId)
			.query(Directory::holding)
			.list();
	}

	/** Every position the official held, newest first. */
	public List<HoldingView> holdingsOf(long officialId) {
		return holdingsOf(List.of(officialId));
	}

	/** Every position these officials held, newest first: one read for many officials. */
	public List<HoldingView> holdingsOf(Collection<Long> officialIds) {
		if (officialIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(HOLDING + " WHERE h.official_id IN (:officialIds) ORDER BY h.start_on DESC, h.id DESC")
			.param("officialIds", officialIds)
			.query(Directory::holding)
			.list();
	}

	public Optional<OfficialView> official(long id) {
		return jdbc.sql("SELECT id, full_name, email, phone, note FROM official WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new OfficialView(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"),
					rs.getString("phone"), rs.getString("note")))
			.optional();
	}

	/**
	 * The unit's committees in force on the date, People's Committee first, each with the members
	 * sitting on that date, by rank and then by name.
	 */
	public List<CommitteeView> committeesOf(long unitId, LocalDate date) {
		List<CommitteeRow> committees = jdbc.sql(COMMITTEE + " WHERE unit_id = :unitId AND " + validOn("committee")
				+ " ORDER BY kind, id")
			.param("unitId", unitId)
			.param("date", date)
			.query(Directory::committee)
			.list();
		if (committees.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CommitteeMemberView>> members = jdbc.sql(MEMBER + " WHERE m.committee_id IN (:ids)"
				+ " AND m.start_on <= :date AND (m.end_on IS NULL OR m.end_on >= :date)")
			.param("ids", committees.stream().map(CommitteeRow::id).toList())
			.param("date", date)
			.query(Directory::member)
			.list()
			.stream()
			.collect(Collectors.groupingBy(MemberRow::committeeId,
					Collectors.mapping(MemberRow::member, Collectors.toList())));
		return committees.stream().map(c -> c.withMembers(members.getOrDefault(c.id(), List.of()))).toList();
	}

	/** One committee with every member it has had, sitting ones and former ones alike. */
	public Optional<CommitteeView> committee(long id) {
		return jdbc.sql(COMMITTEE + " WHERE id = :id")
			.param("id", id)
			.query(Directory::committee)
			.optional()
			.map(c -> c.withMembers(jdbc.sql(MEMBER + " WHERE m.committee_id = :id")
				.param("id", id)
				.query(Directory::member)
				.list()
				.stream()
				.map(MemberRow::member)
				.toList()));
	}

	private static String validOn(String alias) {
		return "(%1$s.valid_from IS NULL OR %1$s.valid_from <= :date) AND (%1$s.valid_to IS NULL OR %1$s.valid_to >= :date)"
			.formatted(alias);
	}

	static AgencyView agency(ResultSet rs, int row) throws SQLException {
		return new AgencyView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
				AgencyKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getObject("parent_agency_id", Long.class), rs.getString("parent_code"),
				rs.getString("parent_name"),
				rs.getString("email"), rs.getString("phone"), rs.getString("address"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
	}

	private static PositionView position(ResultSet rs, int row) throws SQLException {
		return new PositionView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("title"),
				PositionKind.valueOf(rs.getString("kind")), rs.getInt("rank"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}

	private static HoldingView holding(ResultSet rs, int row) throws SQLException {
		return new HoldingView(rs.getLong("id"), rs.getLong("position_id"), rs.getString("title"),
				rs.getLong("agency_id"), rs.getString("agency_name"), rs.getLong("official_id"),
				rs.getString("full_name"), rs.getObject("start_on", LocalDate.class),
				rs.getObject("end_on", LocalDate.class), rs.getBoolean("acting"));
	}

	private static CommitteeRow committee(ResultSet rs, int row) throws SQLException {
		return new CommitteeRow(rs.getLong("id"), rs.getLong("unit_id"), CommitteeKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}

	private static MemberRow member(ResultSet rs, int row) throws SQLException {
		return new MemberRow(rs.getLong("committee_id"),
				new CommitteeMemberView(rs.getLong("id"), rs.getLong("official_id"), rs.getString("full_name"),
						rs.getString("role_title"), rs.getInt("rank"), rs.getObject("start_on", LocalDate.class),
						rs.getObject("end_on", LocalDate.class)));
	}

	private record CommitteeRow(long id, long unitId, CommitteeKind kind, String name, LocalDate validFrom,
			LocalDate validTo) {

		CommitteeView withMembers(List<CommitteeMemberView> members) {
			return new CommitteeView(id, unitId, kind, name, validFrom, validTo,
					members.stream().sorted(MEMBER_ORDER).toList());
		}
	}

	private record MergerRow(long id, long agencyId, String agencyName, long successorId, String successorName,
			LocalDate effectiveOn) {
	}

	private record MemberRow(long committeeId, CommitteeMemberView member) {
	}
}
