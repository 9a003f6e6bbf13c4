package vn.giupxa.assignment;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.directory.Directory;
import vn.giupxa.directory.PositionView;
import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/**
 * Files and reviews adjustment requests, and carries accepted ones into a draft decision, where each becomes an
 * assignment of the proposed position that replaces the old one when the decision is issued.
 */
@Service
class AdjustmentRequests {

	private final AdjustmentRequestRepository requests;

	private final AssignmentRepository assignmentRepository;

	private final AssignmentService service;

	private final Directory directory;

	private final vn.giupxa.territory.Territory territory;

	private final Clock clock;

	AdjustmentRequests(AdjustmentRequestRepository requests, AssignmentRepository assignmentRepository,
			AssignmentService service, Directory directory, vn.giupxa.territory.Territory territory, Clock clock) {
		this.requests = requests;
		this.assignmentRepository = assignmentRepository;
		this.service = service;
		this.directory = directory;
		this.territory = territory;
		this.clock = clock;
	}

	@Transactional
	AdjustmentRequest file(long assignmentId, RequestForm form, Errors errors) {
		Assignment assignment = visibleAssignment(assignmentId);
		if (!assignment.getDecision().isIssued() || assignment.getPositionId() == null) {
			throw new BusinessRuleException("assignment.request.notIssued");
		}
		PositionView proposed = directory.position(form.proposedPositionId()).orElse(null);
		if (proposed == null || proposed.agencyId() != assignment.getAgencyId()
				|| !proposed.validOn(LocalDate.now(clock))) {
			errors.rejectValue("proposedPositionId", "assignment.request.position.otherAgency");
			return null;
		}
		if (proposed.id() == assignment.getPositionId()) {
			errors.rejectValue("proposedPositionId", "assignment.request.position.same");
			return null;
		}
		return requests.save(new AdjustmentRequest(assignmentId, proposed.id(), form.reason(),
				CurrentUser.usernameOrAnonymous(), clock.instant()));
	}

	@Transactional
	void startReview(long id) {
		request(id).startReview(CurrentUser.usernameOrAnonymous());
	}

	@Transactional
	void accept(long id, String note) {
		request(id).accept(CurrentUser.usernameOrAnonymous(), note);
	}

	@Transactional
	void refuse(long id, String note) {
		request(id).refuse(CurrentUser.usernameOrAnonymous(), note);
	}

	/** Adds the accepted request to the draft: the proposed position takes over the commune from {@code startOn}. */
	@Transactional
	void includeIn(long requestId, long decisionId, LocalDate startOn) {
		AdjustmentRequest request = request(requestId);
		AssignmentDecision draft = service.decision(decisionId);
		Assignment old = assignmentRepository.findById(request.getAssignmentId()).orElseThrow();
		PositionView position = directory.position(request.getProposedPositionId()).orElseThrow();
		String commune = territory.findById(old.getUnitId()).orElseThrow().name();
		String helper = position.title() + " – " + directory.agency(old.getAgencyId()).orElseThrow().displayName();
		Assignment added = service.add(draft, new Assignment.Terms(AssignmentKind.HELP, old.getAgencyId(), position.id(),
				old.getUnitId(), startOn, old.getEndOn(), old.getId()), helper, commune);
		old.teamOn(added.getStartOn()).forEach(member -> added.addMember(member.getOfficialId(), member.isLeader()));
		added.note(ChangeKind.ADJUSTMENT_ACCEPTED, helper);
		request.includeIn(draft.getId());
	}

	/** The request, if the commune of its assignment lies in the caller's scope. */
	AdjustmentRequest request(long id) {
		AdjustmentRequest request = requests.findById(id)
			.orElseThrow(() -> new NotFoundException("assignment.request.notFound", id));
		visibleAssignment(request.getAssignmentId());
		return request;
	}

	Assignment visibleAssignment(long assignmentId) {
		return assignmentRepository.findById(assignmentId)
			.filter(a -> territory.findById(a.getUnitId()).filter(u -> CurrentUser.scope().covers(u.path())).isPresent())
			.orElseThrow(() -> new NotFoundException("assignment.notFound", assignmentId));
	}
}
