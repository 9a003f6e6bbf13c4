package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
 * merged communes, ended agencies or positions, accepted adjustment requests). Issuing the draft supersedes the
 * previous decision: the old terms end on 31 December and the new ones start on 1 January.
 */
@Service
class AnnualConsolidation {

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
				WHERE d.status = 'ISSUED' AND d.issuer_unit_id = :issuer
				  AND a.start_on <= :day AND (a.end_on IS NULL OR a.end_on >= :day) ORDER BY a.id""")
			.param("issuer", issuerDecisionUnitId)
			.param("day", lastDay)
			.query(Long.class)
			.list();
		if (inForce.isEmpty()) {
			throw new BusinessRuleException("assignment.consolidation.nothing", Dates.format(lastDay));
		}
		List<Assignment> old = assignmentRepository.findAllById(inForce);
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

	private void carry(AssignmentDecision draft, Assignment line, LocalDate firstDay, List<HandoverLine> handovers,
			AdjustmentRequest request) {
		UnitView unit = territory.findById(line.getUnitId()).orElseThrow();
		String mergedNote = null;
		if (!unit.validOn(firstDay)) {
			Optional<UnitView> successor = territory.successorsOf(unit.id()).stream().map(Territory.Lineage::unit)
				.filter(u -> u.level() == UnitLevel.COMMUNE && u.validOn(firstDay)).findFirst();
			if (successor.isEmpty()) {
				return;
			}
			mergedNote = unit.name() + " → " + successor.get().name();
			unit = successor.get();
		}
		Long positionId = request != null ? Long.valueOf(request.getProposedPositionId()) : line.getPositionId();
		Assignment carried = service.add(draft, new Assignment.Terms(line.getKind(), line.getAgencyId(), positionId,
				unit.id(), firstDay, null, line.getId()), label(line.getAgencyId(), positionId), unit.name());
		line.getMembers().forEach(member -> carried.addMember(member.getOfficialId(), member.isLeader()));
		if (mergedNote != null) {
			carried.note(ChangeKind.COMMUNE_MERGED, mergedNote);
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
		AgencyView agency = directory.agency(line.getAgencyId()).orElseThrow();
		boolean positionEnded = positionId != null
				&& !directory.position(positionId).map(p -> p.validOn(firstDay)).orElse(false);
		if (!agency.validOn(firstDay) || positionEnded) {
			carried.note(ChangeKind.HELPER_ENDED, label(line.getAgencyId(), positionId));
		}
	}

	private String label(long agencyId, Long positionId) {
		String agency = directory.agency(agencyId).map(AgencyView::displayName).orElse("#" + agencyId);
		return positionId == null ? agency
				: directory.position(positionId).map(PositionView::title).orElse("#" + positionId) + " – " + agency;
	}
}
