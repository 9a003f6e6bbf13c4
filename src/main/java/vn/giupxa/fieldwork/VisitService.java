package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.assignment.AssignmentsInForce;
import vn.giupxa.account.Role;
import vn.giupxa.calendar.WorkingCalendar;
import vn.giupxa.files.Uploads;
import vn.giupxa.notification.Notice;
import vn.giupxa.notification.Notifications;
import vn.giupxa.obstacle.ObstacleIntake;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * The visit's use cases. The helper side (assigned leader, help-team member) plans, announces, marks done and
 * reports; the commune side (commune officer) acknowledges or proposes another date; both only for communes in
 * their scope. The entity decides whether a step fits the visit's state.
 */
@Service
@Transactional
class VisitService {

	static final Set<Role> HELPER_ROLES = Set.of(Role.AGENCY_LEADER, Role.HELP_TEAM_MEMBER);

	static final Set<Role> COMMUNE_ROLES = Set.of(Role.COMMUNE_OFFICER);

	/** The longest visit, in days: a longer stay is a secondment, not a field visit. */
	static final int MAX_DAYS = 14;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final FieldVisitRepository visits;

	private final Territory territory;

	private final WorkingCalendar calendar;

	private final Notifications notifications;

	private final AccountContacts contacts;

	private final ObstacleIntake obstacles;

	private final VisitAttachments attachments;

	private final AssignmentsInForce assignments;

	private final Clock clock;

	private final int noticeWorkingDays;

	VisitService(FieldVisitRepository visits, Territory territory, WorkingCalendar calendar,
			Notifications notifications, AccountContacts contacts, ObstacleIntake obstacles, VisitAttachments attachments,
			AssignmentsInForce assignments, Clock clock,
			@Value("${giupxa.fieldwork.notice-working-days:3}") int noticeWorkingDays) {
		this.visits = visits;
		this.territory = territory;
		this.calendar = calendar;
		this.notifications = notifications;
		this.contacts = contacts;
		this.obstacles = obstacles;
		this.attachments = attachments;
		this.assignments = assignments;
		this.clock = clock;
		this.noticeWorkingDays = noticeWorkingDays;
	}

	/** The first day a visit announced today may take place: the commune gets N working days to prepare. */
	@Transactional(readOnly = true)
	LocalDate earliestDate() {
		return calendar.addWorkingDays(LocalDate.now(clock), noticeWorkingDays);
	}

	int noticeWorkingDays() {
		return noticeWorkingDays;
	}

	/** Plans a visit; field problems go to {@code errors} and nothing is saved. */
	FieldVisit plan(VisitForm form, Errors errors) {
		LocalDate today = LocalDate.now(clock);
		Optional<UnitView> found = territory.findByCode(form.communeCode().strip(), today)
			.filter(unit -> unit.level() == UnitLevel.COMMUNE);
		if (found.isEmpty()) {
			errors.rejectValue("communeCode", "fieldwork.visit.commune.unknown", new Object[] { form.communeCode() }, null);
		}
		else if (!actsFor(HELPER_ROLES, found.get().path())) {
			errors.rejectValue("communeCode", "fieldwork.visit.commune.notHelped", new Object[] { found.get().name() }, null);
		}
		if (form.plannedOn() != null && form.plannedOn().isBefore(today)) {
			errors.rejectValue("plannedOn", "fieldwork.visit.plannedOn.past");
		}
		else if (form.plannedOn() != null && !errors.hasFieldErrors("communeCode")
				&& !assignedOn(found.get(), form.plannedOn())) {
			errors.rejectValue("plannedOn", "fieldwork.visit.plannedOn.notAssigned",
					new Object[] { found.get().name(), DAY.format(form.plannedOn()) }, null);
		}
		rejectEndBeforeStart(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		UnitView commune = found.get();
		return visits.save(FieldVisit.plan(commune.id(), commune.path(), form.plannedOn(), form.startTime(),
				form.endsOn(), form.endTime(),
				Texts.clean(form.agenda()), Texts.clean(form.participants()), me(), clock.instant()));
	}

	/** A visit ends on or after its first day, and on a one-day visit its end hour comes after its start hour. */
	private static void rejectEndBeforeStart(VisitForm form, Errors errors) {
		if (form.plannedOn() == null) {
			return;
		}
		if (form.endsOn() != null && form.endsOn().isBefore(form.plannedOn())) {
			errors.rejectValue("endsOn", "fieldwork.visit.endsOn.beforeStart");
		}
		else if (form.endsOn() != null && form.endsOn().isAfter(form.plannedOn().plusDays(MAX_DAYS - 1))) {
			errors.rejectValue("endsOn", "fieldwork.visit.endsOn.tooLong", new Object[] { String.valueOf(MAX_DAYS) }, null);
		}
		boolean oneDay = form.endsOn() == null || form.endsOn().equals(form.plannedOn());
		if (oneDay && form.startTime() != null && form.endTime() != null && !form.endTime().isAfter(form.startTime())) {
			errors.rejectValue("endTime", "fieldwork.visit.endTime.beforeStart");
		}
	}

	/**
	 * Whether the caller's official helps the commune on the day of the visit (an assignment can end before it).
	 * An account without an official acts by its scope alone, already checked.
	 */
	private boolean assignedOn(UnitView commune, LocalDate day) {
		Optional<Long> official = CurrentUser.get().flatMap(user -> user.officialId());
		return official.isEmpty() || assignments.helpedBy(official.get(), day)
			.stream()
			.anyMatch(assignment -> assignment.communeId() == commune.id());
	}

	void confirm(long id, VisitStepForm form) {
		FieldVisit visit = current(id, form, HELPER_ROLES);
		visit.confirm(earliestDate(), clock.instant());
		announce(visit);
	}

	void acknowledge(long id, VisitStepForm form) {
		FieldVisit visit = current(id, form, COMMUNE_ROLES);
		visit.acknowledge(me(), Texts.clean(form.text()), clock.instant());
		tell(Set.of(visit.getPlannedBy()), "fieldwork.notice.visitAcknowledged", visit, Texts.clean(form.text()));
	}

	void proposeAnotherDate(long id, VisitStepForm form) {
		FieldVisit visit = current(id, form, COMMUNE_ROLES);
		visit.proposeAnotherDate(form.date(), Texts.clean(form.text()), LocalDate.now(clock));
		tell(Set.of(visit.getPlannedBy()), "fieldwork.notice.dateProposed", visit, DAY.format(form.date()));
	}

	void acceptProposedDate(long id, VisitStepForm form) {
		FieldVisit visit = current(id, form, HELPER_ROLES);
		visit.acceptProposedDate(clock.instant());
		announce(visit);
	}

	void markDone(long id, VisitStepForm form) {
		current(id, form, HELPER_ROLES).markDone(form.date(), LocalDate.now(clock));
	}

	/**
	 * Writes the report with its photos and files and raises each difficulty as an obstacle record; field problems
	 * (a refused file too) go to {@code errors} and nothing is saved.
	 */
	FieldVisit report(long id, ReportForm form, Errors errors) {
		FieldVisit visit = current(id, new VisitStepForm(null, null, form.version()), HELPER_ROLES);
		List<ReportForm.DifficultyLine> lines = form.filled();
		for (int i = 0; i < form.difficulties().size(); i++) {
			ReportForm.DifficultyLine line = form.difficulties().get(i);
			if (line == null || line.isBlank()) {
				continue;
			}
			if (line.title() == null || line.title().isBlank()) {
				errors.rejectValue("difficulties[" + i + "].title", "fieldwork.difficulty.title.required");
			}
			if (line.categoryCode() == null || line.categoryCode().isBlank()) {
				errors.rejectValue("difficulties[" + i + "].categoryCode", "fieldwork.difficulty.category.required");
			}
		}
		List<Uploads.Upload> files = attachments.check(form.files(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		List<FieldVisit.Found> found = lines.stream()
			.map(line -> new FieldVisit.Found(Texts.clean(line.title()),
					Optional.ofNullable(Texts.clean(line.description())).orElse(Texts.clean(line.title())),
					line.categoryCode()))
			.toList();
		List<VisitDifficulty> added = visit.report(Texts.clean(form.summary()), Texts.clean(form.recommendations()),
				found, me(), clock.instant());
		String communeCode = commune(visit).code();
		// The visit is managed: flushing persists the new difficulties themselves (a merge would copy them).
		visits.flush();
		attachments.attach(visit.getId(), files);
		for (VisitDifficulty difficulty : added) {
			difficulty.becameObstacle(obstacles.raiseFromReport(ObstacleIntake.VISIT_REPORT, visit.getId(), communeCode,
					difficulty.getTitle(), difficulty.getDescription(), difficulty.getCategoryCode()));
		}
		tell(communeOfficers(visit), "fieldwork.notice.visitReported", visit);
		return visit;
	}

	void cancel(long id, VisitStepForm form) {
		FieldVisit visit = current(id, form, HELPER_ROLES);
		boolean announced = visit.getState() != VisitState.PLANNED;
		visit.cancel(Texts.clean(form.text()));
		if (announced) {
			tell(communeOfficers(visit), "fieldwork.notice.visitCancelled", visit, Texts.clean(form.text()));
		}
	}

	/** The visit, when its commune lies in the caller's scope; otherwise 404. */
	@Transactional(readOnly = true)
	FieldVisit visible(long id) {
		return visits.findById(id)
			.filter(visit -> CurrentUser.scope().covers(visit.getCommunePath()))
			.orElseThrow(() -> new NotFoundException("fieldwork.visit.notFound", id));
	}

	/** The communes the caller may plan visits to: those in scope, when they are on the helper side. */
	@Transactional(readOnly = true)
	List<UnitView> helperCommunes() {
		if (!actsFor(HELPER_ROLES, null)) {
			return List.of();
		}
		Set<String> paths = CurrentUser.scope().unrestricted() ? Set.of("/") : CurrentUser.scope().paths();
		return territory.withinPaths(paths, UnitLevel.COMMUNE, LocalDate.now(clock))
			.stream()
			.filter(unit -> actsFor(HELPER_ROLES, unit.path()))
			.toList();
	}

	boolean isHelperSide(String communePath) {
		return actsFor(HELPER_ROLES, communePath);
	}

	boolean isCommuneSide(String communePath) {
		return actsFor(COMMUNE_ROLES, communePath);
	}

	private FieldVisit current(long id, VisitStepForm form, Set<Role> side) {
		FieldVisit visit = visible(id);
		if (!actsFor(side, visit.getCommunePath())) {
			throw new VisitRuleException(side == COMMUNE_ROLES ? "fieldwork.visit.communeOnly" : "fieldwork.visit.helperOnly");
		}
		if (form == null || form.version() == null || form.version() != visit.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(FieldVisit.class, id);
		}
		return visit;
	}

	private void announce(FieldVisit visit) {
		tell(communeOfficers(visit), "fieldwork.notice.visitAnnounced", visit, abbreviated(visit.getAgenda()));
	}

	private Set<String> communeOfficers(FieldVisit visit) {
		return new HashSet<>(contacts.usernamesActingFor(COMMUNE_ROLES, visit.getCommunePath()));
	}

	/** Notice arguments: the commune, the visit's day, then the step's own. */
	private void tell(Set<String> people, String messageKey, FieldVisit visit, String... more) {
		Set<String> others = new HashSet<>(people);
		others.remove(me());
		if (others.isEmpty()) {
			return;
		}
		List<String> arguments = new java.util.ArrayList<>(List.of(commune(visit).name(), DAY.format(visit.getPlannedOn())));
		for (String text : more) {
			arguments.add(text == null ? "" : text);
		}
		notifications.send(new Notice(others, messageKey, arguments, "/visits/" + visit.getId(), null, true));
	}

	private UnitView commune(FieldVisit visit) {
		return territory.findById(visit.getCommuneId()).orElseThrow();
	}

	private static String abbreviated(String text) {
		return text.length() <= 200 ? text : text.substring(0, 199) + "…";
	}

	/** Whether the caller has one of the roles and, when a commune is given, it lies in their scope. */
	static boolean actsFor(Set<Role> roles, String communePath) {
		return (communePath == null || CurrentUser.scope().covers(communePath))
				&& Role.ofCaller().stream().anyMatch(roles::contains);
	}

	private static String me() {
		return CurrentUser.usernameOrAnonymous();
	}
}
