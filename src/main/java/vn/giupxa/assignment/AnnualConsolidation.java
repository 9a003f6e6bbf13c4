package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.directory.AgencyMergerView;
import vn.giupxa.directory.AgencyRenameView;
import vn.giupxa.directory.AgencyView;
import vn.giupxa.directory.Directory;
import vn.giupxa.directory.PositionView;
import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * The January consolidation ("kiện toàn"): one action builds a draft decision for the new year from the
 * assignments in force on 31 December, listing every change since for review (new holders of the positions,
 * merged communes, agencies renamed or merged, ended agencies or positions, accepted adjustment requests).
 * Issuing the draft supersedes the previous decision: the old terms end on 31 December and the new ones start
 * on 1 January. A line of a merged agency moves to the successor and to the position its merger maps, or keeps
 * its position flagged "needs a new position".
 */
@Service
class AnnualConsolidation {

	/** Guards against a cycle of mergers typed by mistake. */
	private static final int MAX_MERGERS = 10;

	private static final int MAX_PREDECESSORS = 200;

	private final AssignmentDecisionRepository decisions;

	private final AssignmentRepository assignmentRepository;

	private final AdjustmentRequestRepository requests;

	private final Assignments assignments;

	private final AssignmentService service;

	private final Territory territory;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	AnnualConsolidation(AssignmentDecisionRepository decisions, AssignmentRepository assignmentRepository,
			AdjustmentRequestRepository requests, Assignments assignments, AssignmentService service,
			Territory territory, Directory directory, JdbcClient jdbc, MessageSource messages) {
		this.decisions = decisions;
		this.assignmentRepository = assignmentRepository;
		this.requests = requests;
		this.assignments = assignments;
		this.service = service;
		this.territory = territory;
		this.directory = directory;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Transactional
	AssignmentDecision build(long issuerDecisionUnitId, int year) {
		LocalDate lastDay = LocalDate.of(year - 1, 12, 31);
		LocalDate firstDay = LocalDate.of(year, 1, 1);
		List<Long> inForce = jdbc.sql("""
				SELECT a.id FROM assignment a JOIN assignment_decision d ON d.id = a.decision_id
				WHERE d.status = 'ISSUED' AND d.issuer_unit_id IN (:issuers)
				  AND a.start_on <= :day AND (a.end_on IS NULL OR a.end_on >= :day) ORDER BY a.id""")
			.param("issuers", issuerAndPredecessors(issuerDecisionUnitId))
			.param("day", lastDay)
			.query(Long.class)
			.list();
		if (inForce.isEmpty()) {
			throw new BusinessRuleException("assignment.consolidation.nothing", Dates.format(lastDay));
		}
		List<Assignment> old = assignmentRepository.findAllById(inForce).stream()
			.sorted(Comparator.comparing(Assignment::getId))
			.toList();
		// The decision most of the lines come from is the one the new draft supersedes (and copies its header from).
		AssignmentDecision previous = old.stream()
			.collect(Collectors.groupingBy(Assignment::getDecision, Collectors.counting()))
			.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		AssignmentDecision draft = decisions.save(new AssignmentDecision(previous.getTier(), issuerDecisionUnitId,
				new AssignmentDecision.Details(year, null,
						messages.getMessage("assignment.consolidation.title", new Object[] { String.valueOf(year) }, Texts.VIETNAMESE),
						null, previous.getSignerName(), previous.getSignerTitle(), previous.getLegalBasis())));
		draft.supersede(previous.getId());
		Map<Long, List<HandoverLine>> handovers = assignments.handoversOf(inForce).stream()
			.collect(Collectors.groupingBy(HandoverLine::assignmentId));
		Map<Long, AdjustmentRequest> accepted = requests.findByStatusAndIncludedInIdIsNull(RequestStatus.ACCEPTED)
			.stream()
			.collect(Collectors.toMap(AdjustmentRequest::getAssignmentId, r -> r, (a, b) -> b));
		for (Assignment line : old) {
			carry(draft, line, firstDay, handovers.getOrDefault(line.getId(), List.of()), accepted.get(line.getId()));
		}
		return draft;
	}

	/**
	 * The issuing unit and the units it was formed from: on 31 December 2025 the lines in force were decided by
	 * the provinces merged on 1 July 2025, and the new province carries them on.
	 */
	private List<Long> issuerAndPredecessors(long issuerId) {
		List<Long> issuers = new ArrayList<>(List.of(issuerId));
		for (int i = 0; i < issuers.size() && issuers.size() < MAX_PREDECESSORS; i++) {
			territory.predecessorsOf(issuers.get(i)).stream()
				.map(lineage -> lineage.unit().id())
				.filter(id -> !issuers.contains(id))
				.forEach(issuers::add);
		}
		return issuers;
	}

	private void carry(AssignmentDecision draft, Assignment line, LocalDate firstDay, List<HandoverLine> handovers,
			AdjustmentRequest request) {
		UnitView unit = territory.findById(line.getUnitId()).orElseThrow();
		String mergedNote = null;
		String orphanNote = null;
		if (!unit.validOn(firstDay)) {
			Optional<UnitView> successor = territory.successorsOf(unit.id()).stream().map(Territory.Lineage::unit)
				.filter(u -> u.level() == UnitLevel.COMMUNE && u.validOn(firstDay)).findFirst();
			if (successor.isEmpty()) {
				// Kept on the ended commune for the reviewer to re-place or remove; issuing refuses it meanwhile.
				orphanNote = unit.name() + " (" + unit.code() + ")";
			}
			else {
				mergedNote = unit.name() + " → " + successor.get().name();
				unit = successor.get();
			}
		}
		Long positionId = request != null ? Long.valueOf(request.getProposedPositionId()) : line.getPositionId();
		Successor successor = successor(line.getAgencyId(), positionId, firstDay);
		Assignment.Terms terms = new Assignment.Terms(line.getKind(), successor.agencyId(), successor.positionId(),
				unit.id(), firstDay, null, line.getId());
		Optional<Assignment> already = draft.getAssignments().stream().filter(a -> a.sameHelperAndCommune(terms)).findFirst();
		if (already.isPresent()) {
			// Two lines become one (merged communes helped by the same seat, or seats merged into one): the new
			// line continues both, so issuing ends both, whichever decision they came from.
			already.get().fold(line.getId());
			if (mergedNote != null) {
				already.get().note(ChangeKind.COMMUNE_MERGED, mergedNote);
			}
			else {
				noteAgencyChanges(already.get(), line, firstDay, positionId, successor);
			}
			copyTeam(line, already.get());
			return;
		}
		Assignment carried = service.add(draft, terms, label(successor.agencyId(), successor.positionId()), unit.name());
		copyTeam(line, carried);
		if (mergedNote != null) {
			carried.note(ChangeKind.COMMUNE_MERGED, mergedNote);
		}
		if (orphanNote != null) {
			carried.note(ChangeKind.COMMUNE_WITHOUT_SUCCESSOR, orphanNote);
		}
		for (HandoverLine handover : handovers) {
			carried.note(ChangeKind.NEW_HOLDER, (handover.previousOfficialName() == null ? "…"
					: handover.previousOfficialName()) + " → " + handover.newOfficialName() + " ("
					+ Dates.format(handover.startOn()) + ")");
		}
		if (request != null) {
			carried.note(ChangeKind.ADJUSTMENT_ACCEPTED, label(line.getAgencyId(), line.getPositionId()) + " → "
					+ label(line.getAgencyId(), positionId));
			decisions.flush();
			request.includeIn(draft.getId());
		}
		noteAgencyChanges(carried, line, firstDay, positionId, successor);
	}

	/** The old line's team joins the new one; someone already in it keeps their place, and the first leader leads. */
	private static void copyTeam(Assignment from, Assignment to) {
		boolean led = to.getMembers().stream().anyMatch(HelpTeamMember::isLeader);
		for (HelpTeamMember member : from.teamOn(to.getStartOn())) {
			if (to.getMembers().stream().noneMatch(m -> m.getOfficialId() == member.getOfficialId())) {
				to.addMember(member.getOfficialId(), member.isLeader() && !led);
				led = led || member.isLeader();
			}
		}
	}

	/** Renames since the line started, mergers up to the new year, and helpers that ended with no successor. */
	private void noteAgencyChanges(Assignment carried, Assignment line, LocalDate firstDay, Long positionId,
			Successor successor) {
		for (AgencyRenameView rename : directory.renamesOf(line.getAgencyId())) {
			if (rename.effectiveOn().isAfter(line.getStartOn()) && !rename.effectiveOn().isAfter(firstDay)) {
				carried.note(ChangeKind.AGENCY_RENAMED, rename.oldName() + " → " + rename.newName() + " ("
						+ Dates.format(rename.effectiveOn()) + ")");
			}
		}
		for (AgencyMergerView merger : successor.mergers()) {
			carried.note(ChangeKind.AGENCY_MERGED, merger.agencyName() + " → " + merger.successorName() + " ("
					+ Dates.format(merger.effectiveOn()) + ")");
		}
		if (successor.positionUnmapped()) {
			carried.note(ChangeKind.NEEDS_NEW_POSITION, label(line.getAgencyId(), positionId));
			return;
		}
		AgencyView agency = directory.agency(successor.agencyId()).orElseThrow();
		boolean positionEnded = successor.positionId() != null
				&& !directory.position(successor.positionId()).map(p -> p.validOn(firstDay)).orElse(false);
		if (!agency.validOn(firstDay) || positionEnded) {
			carried.note(ChangeKind.HELPER_ENDED, label(successor.agencyId(), successor.positionId()));
		}
	}

	/**
	 * Follows the agency's mergers that took effect by the new year (A into B, B into C …) to the agency and
	 * position that carry the line on; a position left unmapped stays as it was, for the reviewer to replace.
	 */
	private Successor successor(long agencyId, Long positionId, LocalDate firstDay) {
		List<AgencyMergerView> mergers = new ArrayList<>();
		long agency = agencyId;
		Long position = positionId;
		boolean unmapped = false;
		Optional<AgencyMergerView> merger = directory.mergerOf(agency);
		while (merger.isPresent() && !merger.get().effectiveOn().isAfter(firstDay) && mergers.size() < MAX_MERGERS) {
			mergers.add(merger.get());
			if (position != null && !unmapped) {
				Optional<Long> mapped = merger.get().successorOf(position);
				unmapped = mapped.isEmpty();
				position = mapped.orElse(position);
			}
			if (unmapped) {
				break;
			}
			agency = merger.get().successorAgencyId();
			merger = directory.mergerOf(agency);
		}
		return new Successor(agency, position, unmapped, mergers);
	}

	/** Where a line goes after the agency's mergers; {@code positionUnmapped}: kept on the old position. */
	private record Successor(long agencyId, Long positionId, boolean positionUnmapped, List<AgencyMergerView> mergers) {
	}

	private String label(long agencyId, Long positionId) {
		String agency = directory.agency(agencyId).map(AgencyView::displayName).orElse("#" + agencyId);
		return positionId == null ? agency
				: directory.position(positionId).map(PositionView::title).orElse("#" + positionId) + " – " + agency;
	}
}
