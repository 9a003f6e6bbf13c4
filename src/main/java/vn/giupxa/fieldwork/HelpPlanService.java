package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.account.Role;
import vn.giupxa.assignment.AssignmentsInForce;
import vn.giupxa.notification.Notice;
import vn.giupxa.notification.Notifications;
import vn.giupxa.program.ProgramCatalog;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;

/**
 * The help plan's use cases. The helper side (the holder of the assigned position or a help-team member, acting
 * through an agency-leader or help-team account) writes, submits and revises the plan of an assignment they help;
 * the district and the provincial bodies read it within their scope and comment; the helper is told of comments.
 */
@Service
@Transactional
class HelpPlanService {

	static final Set<Role> MONITOR_ROLES = Set.of(Role.DISTRICT_OFFICER, Role.COORDINATION_OFFICE,
			Role.PROVINCIAL_LEADERSHIP, Role.ADMIN);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final HelpPlanRepository plans;

	private final HelpPlanCommentRepository comments;

	private final HelpPlans reads;

	private final AssignmentsInForce assignments;

	private final ProgramCatalog catalog;

	private final Notifications notifications;

	private final Clock clock;

	HelpPlanService(HelpPlanRepository plans, HelpPlanCommentRepository comments, HelpPlans reads, AssignmentsInForce assignments,
			ProgramCatalog catalog, Notifications notifications, Clock clock) {
		this.plans = plans;
		this.comments = comments;
		this.reads = reads;
		this.assignments = assignments;
		this.catalog = catalog;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * The assignments the caller may write plans for: those their official helps today or will help under an issued
	 * decision (next year's plan is written in December), in scope.
	 */
	@Transactional(readOnly = true)
	List<AssignmentsInForce.View> writableAssignments() {
		Optional<Long> official = CurrentUser.get().flatMap(user -> user.officialId());
		if (official.isEmpty() || Role.ofCaller().stream().noneMatch(VisitService.HELPER_ROLES::contains)) {
			return List.of();
		}
		return assignments.helpedFrom(official.get(), today())
			.stream()
			.filter(view -> CurrentUser.scope().covers(view.communePath()))
			.toList();
	}

	/** Writes a first draft; field problems go to {@code errors} and nothing is saved. */
	HelpPlan create(HelpPlanForm form, Errors errors) {
		Optional<AssignmentsInForce.View> assignment = writableAssignments().stream()
			.filter(view -> view.id() == form.assignmentId())
			.findFirst();
		if (assignment.isEmpty()) {
			errors.rejectValue("assignmentId", "helpplan.assignment.notHelped");
			return null;
		}
		AssignmentsInForce.View view = assignment.get();
		if (!view.coversYear(form.year())) {
			errors.rejectValue("year", "helpplan.year.outsideTerm",
					new Object[] { String.valueOf(form.year()), format(view.startOn()), format(view.endOn()) }, null);
		}
		else if (plans.existsByAssignmentIdAndYear(view.id(), form.year())) {
			errors.rejectValue("year", "helpplan.year.duplicate", new Object[] { String.valueOf(form.year()) }, null);
		}
		HelpPlan.Terms terms = terms(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return plans.save(HelpPlan.draft(view.id(), view.communeId(), view.communePath(), form.year(), terms, me(),
				clock.instant()));
	}

	/** The draft as its form, for the helper side only. */
	@Transactional(readOnly = true)
	HelpPlanForm editForm(long id) {
		HelpPlan plan = visible(id);
		if (!isHelperSide(plan)) {
			throw new HelpPlanRuleException("helpplan.helperOnly");
		}
		if (plan.getState() != HelpPlanState.DRAFT) {
			throw new HelpPlanRuleException("helpplan.notDraft");
		}
		return HelpPlanForm.of(plan);
	}

	HelpPlan update(long id, HelpPlanForm form, Errors errors) {
		HelpPlan plan = current(id, form.version());
		HelpPlan.Terms terms = terms(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		plan.update(terms);
		return plan;
	}

	void submit(long id, Long version) {
		HelpPlan plan = current(id, version);
		plan.submit(me(), clock.instant());
		plans.findByAssignmentIdAndYearAndState(plan.getAssignmentId(), plan.getYear(), HelpPlanState.SUBMITTED)
			.stream()
			.filter(other -> !other.getId().equals(plan.getId()))
			.forEach(HelpPlan::supersede);
	}

	/** Opens a new draft revision of a submitted plan and returns it. */
	HelpPlan revise(long id, Long version) {
		HelpPlan plan = current(id, version);
		if (!plans.findByAssignmentIdAndYearAndState(plan.getAssignmentId(), plan.getYear(), HelpPlanState.DRAFT).isEmpty()) {
			throw new HelpPlanRuleException("helpplan.revise.draftOpen");
		}
		return plans.save(plan.openRevision(me(), clock.instant()));
	}

	/** Adds a comment; the plan's writers (and earlier commenters) are told. */
	void comment(long id, String text) {
		HelpPlan plan = visible(id);
		if (!isMonitor(plan) && !isHelperSide(plan)) {
			throw new HelpPlanRuleException("helpplan.comment.notAllowed");
		}
		String body = Texts.clean(text);
		if (body == null) {
			throw new HelpPlanRuleException("helpplan.comment.required");
		}
		if (body.length() > 5000) {
			throw new HelpPlanRuleException("helpplan.comment.tooLong");
		}
		comments.save(new HelpPlanComment(plan.getId(), me(), body, clock.instant()));
		Set<String> people = new HashSet<>(reads.commentAuthors(plan.getId()));
		people.add(plan.getWrittenBy());
		if (plan.getSubmittedBy() != null) {
			people.add(plan.getSubmittedBy());
		}
		people.remove(me());
		if (!people.isEmpty()) {
			notifications.send(new Notice(people, "helpplan.notice.commented",
					List.of(String.valueOf(plan.getYear()), me(), body.length() <= 200 ? body : body.substring(0, 199) + "…"),
					"/help-plans/" + plan.getId(), null, true));
		}
	}

	/** The plan, when its commune lies in the caller's scope; otherwise 404. */
	@Transactional(readOnly = true)
	HelpPlan visible(long id) {
		return plans.findById(id)
			.filter(plan -> CurrentUser.scope().covers(plan.getCommunePath()))
			.orElseThrow(() -> new NotFoundException("helpplan.notFound", id));
	}

	boolean isHelperSide(HelpPlan plan) {
		return writableAssignments().stream().anyMatch(view -> view.id() == plan.getAssignmentId());
	}

	boolean isMonitor(HelpPlan plan) {
		return CurrentUser.scope().covers(plan.getCommunePath()) && Role.ofCaller().stream().anyMatch(MONITOR_ROLES::contains);
	}

	private HelpPlan current(long id, Long version) {
		HelpPlan plan = visible(id);
		if (!isHelperSide(plan)) {
			throw new HelpPlanRuleException("helpplan.helperOnly");
		}
		if (version == null || version != plan.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(HelpPlan.class, id);
		}
		return plan;
	}

	/** The form's terms, or errors under the fields that are wrong. */
	private HelpPlan.Terms terms(HelpPlanForm form, Errors errors) {
		LocalDate reference = form.year() == today().getYear() ? today() : LocalDate.of(form.year(), 1, 1);
		List<HelpPlan.Content> contents = new ArrayList<>();
		for (int i = 0; i < form.contents().size(); i++) {
			HelpPlanForm.ContentLine line = form.contents().get(i);
			if (line == null || line.isBlank()) {
				continue;
			}
			String field = "contents[" + i + "].";
			if (line.text() == null || line.text().isBlank()) {
				errors.rejectValue(field + "text", "helpplan.content.textRequired");
			}
			else if (line.programComponentId() == null && line.focus() == null) {
				errors.rejectValue(field + "focus", "helpplan.content.tieRequired");
			}
			else if (line.programComponentId() != null && !catalog.componentIsOpen(line.programComponentId(), reference)
					&& !catalog.componentIsOpen(line.programComponentId(), LocalDate.of(form.year(), 12, 31))) {
				errors.rejectValue(field + "programComponentId", "helpplan.content.componentClosed");
			}
			else {
				contents.add(new HelpPlan.Content(Texts.clean(line.text()), line.programComponentId(), line.focus()));
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new HelpPlan.Terms(Texts.clean(form.goals()), form.plannedVisits(), contents);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String format(LocalDate date) {
		return date == null ? "…" : DAY.format(date);
	}

	private static String me() {
		return CurrentUser.usernameOrAnonymous();
	}
}
