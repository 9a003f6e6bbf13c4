package vn.giupxa.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.directory.AgencyView;
import vn.giupxa.directory.Directory;
import vn.giupxa.directory.PositionView;
import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * Drafts and issues decisions. Form problems go to {@link Errors}; broken rules ({@code BusinessRuleException})
 * roll the transaction back, so nothing is saved. Decisions whose issuing unit lies outside the caller's scope
 * are treated as missing.
 */
@Service
class AssignmentService {

	private final AssignmentDecisionRepository decisions;

	private final Assignments assignments;

	private final AssignmentRepository assignmentRepository;

	private final Territory territory;

	private final Directory directory;

	private final TeamNotices teamNotices;

	private final Clock clock;

	AssignmentService(AssignmentDecisionRepository decisions, Assignments assignments,
			AssignmentRepository assignmentRepository, Territory territory, Directory directory, TeamNotices teamNotices,
			Clock clock) {
		this.teamNotices = teamNotices;
		this.decisions = decisions;
		this.assignments = assignments;
		this.assignmentRepository = assignmentRepository;
		this.territory = territory;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	AssignmentDecision createDecision(DecisionForm form, Errors errors) {
		LocalDate on = form.signedOn() != null ? form.signedOn() : LocalDate.of(form.year(), 1, 1);
		UnitLevel level = form.tier() == Tier.PROVINCE ? UnitLevel.PROVINCE : UnitLevel.DISTRICT;
		UnitView issuer = territory.findByCode(Texts.clean(form.issuerUnitCode()), on)
			.filter(unit -> unit.level() == level && CurrentUser.scope().covers(unit.path()))
			.orElse(null);
		if (issuer == null) {
			errors.rejectValue("issuerUnitCode", "assignment.decision.issuer.unknown",
					new Object[] { Texts.clean(form.issuerUnitCode()), Dates.format(on) }, null);
			return null;
		}
		return decisions.save(new AssignmentDecision(form.tier(), issuer.id(), form.details()));
	}

	@Transactional
	void updateDecision(long id, DecisionForm form, Errors errors) {
		AssignmentDecision decision = decision(id);
		if (form.version() == null || form.version() != decision.getVersion()) {
			errors.reject("error.stale");
			return;
		}
		decision.update(form.details());
	}

	@Transactional
	Assignment addAssignment(long decisionId, AssignmentForm form) {
		AssignmentDecision decision = decision(decisionId);
		decision.requireDraft();
		UnitView commune = commune(decision, form.communeCode(), form.startOn());
		Assignment.Terms terms;
		String helper;
		if (form.kind() == AssignmentKind.HELP) {
			PositionView position = form.positionId() == null ? null : directory.position(form.positionId()).orElse(null);
			if (position == null) {
				throw new BusinessRuleException("assignment.position.required");
			}
			if (!position.validOn(form.startOn())) {
				throw new BusinessRuleException("assignment.position.notInForce", position.title(),
						Dates.format(form.startOn()));
			}
			AgencyView agency = directory.agency(position.agencyId()).orElseThrow();
			helper = position.title() + " – " + agency.displayName();
			terms = new Assignment.Terms(AssignmentKind.HELP, agency.id(), position.id(), commune.id(), form.startOn(),
					form.endOn(), null);
		}
		else {
			AgencyView agency = form.agencyId() == null ? null : directory.agency(form.agencyId()).orElse(null);
			if (agency == null) {
				throw new BusinessRuleException("assignment.agency.required");
			}
			helper = agency.displayName();
			terms = new Assignment.Terms(AssignmentKind.SPONSORSHIP, agency.id(), null, commune.id(), form.startOn(),
					form.endOn(), null);
		}
		return add(decision, terms, helper, commune.name());
	}

	/** Adds terms already resolved (consolidation, accepted requests), checking the same rules. */
	Assignment add(AssignmentDecision decision, Assignment.Terms terms, String helper, String communeName) {
		if (terms.endOn() != null && terms.endOn().isBefore(terms.startOn())) {
			throw new ReversedTermException(terms.startOn(), terms.endOn());
		}
		List<AssignmentLine> clashes = assignments.overlapping(terms, decision.getId() == null ? -1 : decision.getId(),
				decision.getSupersedesId());
		clashes.stream()
			.filter(clash -> !Long.valueOf(clash.id()).equals(terms.replacesId()) && !replacedBy(decision, clash.id()))
			.findFirst()
			.ifPresent(clash -> {
				throw new OverlappingAssignmentException(helper, communeName, clash.startOn(), clash.endOn(),
						clash.decisionNumber());
			});
		return decision.assign(terms, helper, communeName);
	}

	@Transactional
	void removeAssignment(long decisionId, long assignmentId) {
		decision(decisionId).remove(assignmentId);
	}

	@Transactional
	void addMember(long decisionId, long assignmentId, MemberForm form, Errors errors) {
		AssignmentDecision decision = decision(decisionId);
		if (directory.official(form.officialId()).isEmpty()) {
			errors.rejectValue("officialId", "assignment.member.official.unknown", new Object[] { String.valueOf(form.officialId()) },
					null);
			return;
		}
		Assignment assignment = decision.assignment(assignmentId);
		if (!decision.isIssued()) {
			assignment.addMember(form.officialId(), Boolean.TRUE.equals(form.leader()));
			return;
		}
		if (form.startOn() == null) {
			errors.rejectValue("startOn", "assignment.member.startOn.required");
			return;
		}
		teamNotices.joined(assignment, assignment.joinFrom(form.officialId(), Boolean.TRUE.equals(form.leader()),
				form.startOn()));
	}

	/** A member of an issued assignment's team leaves after the given day; the team and the leader are told. */
	@Transactional
	void endMember(long decisionId, long assignmentId, long memberId, LocalDate lastDay) {
		AssignmentDecision decision = decision(decisionId);
		if (!decision.isIssued()) {
			throw new BusinessRuleException("assignment.member.endInDraft");
		}
		Assignment assignment = decision.assignment(assignmentId);
		teamNotices.left(assignment, assignment.leave(memberId, lastDay));
	}

	@Transactional
	void removeMember(long decisionId, long assignmentId, long memberId) {
		decision(decisionId).assignment(assignmentId).removeMember(memberId);
	}

	/**
	 * Issues the draft: every line is checked again (a commune in force on its first day, no overlap with issued
	 * decisions), then the terms it replaces end
	 * the day before their replacement starts (all open terms of a superseded decision, and the lines each new one replaces or folded in).
	 */
	@Transactional
	void issue(long decisionId) {
		AssignmentDecision decision = decision(decisionId);
		decision.requireDraft();
		for (Assignment assignment : decision.getAssignments()) {
			UnitView unit = territory.findById(assignment.getUnitId()).orElseThrow();
			if (unit.level() != UnitLevel.COMMUNE || !unit.validOn(assignment.getStartOn())) {
				// e.g. a consolidated line left on a commune that ended without a successor
				throw new NotACommuneException(unit.code(), assignment.getStartOn());
			}
			assignments.overlapping(assignment.terms(), decision.getId(), decision.getSupersedesId())
				.stream()
				.filter(clash -> !replacedBy(decision, clash.id()))
				.findFirst()
				.ifPresent(clash -> {
					throw new OverlappingAssignmentException(label(assignment), unitName(assignment.getUnitId()),
							clash.startOn(), clash.endOn(), clash.decisionNumber());
				});
		}
		decision.issue(clock.instant());
		if (decision.getSupersedesId() != null) {
			decisions.findById(decision.getSupersedesId())
				.ifPresent(earlier -> earlier.getAssignments()
					.forEach(old -> old.endBecauseReplacedFrom(decision.effectiveOn())));
		}
		for (Assignment assignment : decision.getAssignments()) {
			for (Long replacedId : assignment.replacedIds()) {
				replaced(replacedId).endBecauseReplacedFrom(assignment.getStartOn());
			}
		}
	}

	/** The decision, if its issuing unit lies in the caller's scope. */
	AssignmentDecision decision(long id) {
		return decisions.findById(id)
			.filter(decision -> territory.findById(decision.getIssuerUnitId())
				.filter(unit -> CurrentUser.scope().covers(unit.path()))
				.isPresent())
			.orElseThrow(() -> new NotFoundException("assignment.decision.notFound", id));
	}

	private Assignment replaced(long assignmentId) {
		return assignmentRepository.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("assignment.notFound", assignmentId));
	}

	private static boolean replacedBy(AssignmentDecision decision, long assignmentId) {
		return decision.getAssignments()
			.stream()
			.anyMatch(a -> a.replacedIds().contains(assignmentId));
	}

	/** A commune in force on the day, inside the issuing unit; anything else is refused by name. */
	UnitView commune(AssignmentDecision decision, String code, LocalDate on) {
		String cleaned = Texts.clean(code);
		String issuerPath = territory.findById(decision.getIssuerUnitId()).orElseThrow().path();
		return territory.findByCode(cleaned == null ? "" : cleaned, on)
			.filter(unit -> unit.level() == UnitLevel.COMMUNE && unit.path().startsWith(issuerPath))
			.orElseThrow(() -> new NotACommuneException(cleaned, on));
	}

	private String label(Assignment assignment) {
		AgencyView agency = directory.agency(assignment.getAgencyId()).orElseThrow();
		return assignment.getPositionId() == null ? agency.displayName()
				: directory.position(assignment.getPositionId()).orElseThrow().title() + " – " + agency.displayName();
	}

	private String unitName(long unitId) {
		return territory.findById(unitId).map(UnitView::name).orElse("#" + unitId);
	}
}
