package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.account.Role;
import vn.giupxa.notification.Notice;
import vn.giupxa.notification.Notifications;
import vn.giupxa.obstacle.ObstacleIntake;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

import static vn.giupxa.fieldwork.VisitService.COMMUNE_ROLES;
import static vn.giupxa.fieldwork.VisitService.HELPER_ROLES;
import static vn.giupxa.fieldwork.VisitService.actsFor;

/**
 * The meeting's use cases. The commune side publishes and cancels; the helper side (assigned leader, help-team
 * member) names who attends, and the attendee reports; both only for communes in their scope.
 */
@Service
@Transactional
class MeetingService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CommuneMeetingRepository meetings;

	private final Territory territory;

	private final Notifications notifications;

	private final AccountContacts contacts;

	private final ObstacleIntake obstacles;

	private final Clock clock;

	MeetingService(CommuneMeetingRepository meetings, Territory territory, Notifications notifications,
			AccountContacts contacts, ObstacleIntake obstacles, Clock clock) {
		this.meetings = meetings;
		this.territory = territory;
		this.notifications = notifications;
		this.contacts = contacts;
		this.obstacles = obstacles;
		this.clock = clock;
	}

	/**
	 * Publishes a meeting of a commune the caller works for. Field problems, with those Bean Validation already found,
	 * go to {@code errors} and nothing is saved.
	 */
	CommuneMeeting publish(MeetingForm form, Errors errors) {
		LocalDate today = LocalDate.now(clock);
		Optional<UnitView> found = Optional.ofNullable(form.communeCode()).filter(code -> !code.isBlank())
			.flatMap(code -> territory.findByCode(code.strip(), today))
			.filter(unit -> unit.level() == UnitLevel.COMMUNE);
		if (found.isEmpty() && form.communeCode() != null && !form.communeCode().isBlank()) {
			errors.rejectValue("communeCode", "fieldwork.visit.commune.unknown", new Object[] { form.communeCode() }, null);
		}
		else if (found.isPresent() && !actsFor(COMMUNE_ROLES, found.get().path())) {
			errors.rejectValue("communeCode", "fieldwork.meeting.commune.notOwn", new Object[] { found.get().name() }, null);
		}
		if (form.heldOn() != null && form.heldOn().isBefore(today)) {
			errors.rejectValue("heldOn", "fieldwork.meeting.heldOn.past");
		}
		Optional<UnitView> village = Optional.ofNullable(form.villageId()).flatMap(territory::findById);
		if (form.villageId() != null && found.isPresent() && village
			.filter(unit -> unit.level() == UnitLevel.VILLAGE && unit.path().startsWith(found.get().path()))
			.isEmpty()) {
			errors.rejectValue("villageId", "fieldwork.meeting.village.notInCommune");
		}
		if (errors.hasErrors()) {
			return null;
		}
		UnitView commune = found.get();
		CommuneMeeting meeting = meetings.save(CommuneMeeting.publish(commune.id(), commune.path(),
				village.map(UnitView::id).orElse(null), form.kind(), form.heldOn(), form.startTime(),
				Texts.clean(form.place()), Texts.clean(form.agenda()), me(), clock.instant(), today));
		tell(helpersOf(meeting), "fieldwork.notice.meetingPublished", meeting, abbreviated(meeting.getAgenda()));
		return meeting;
	}

	/** Names who attends: an account of the commune's help team, or the whole team. */
	void nameAttendee(long id, MeetingStepForm form) {
		CommuneMeeting meeting = current(id, form.version(), HELPER_ROLES);
		String chosen = form.attendee() == null ? "" : form.attendee().strip();
		Map<String, String> team = teamOf(meeting.getCommunePath());
		if (chosen.isEmpty()) {
			throw new MeetingRuleException("fieldwork.meeting.attendee.required");
		}
		boolean wholeTeam = MeetingStepForm.WHOLE_TEAM.equals(chosen);
		String username = wholeTeam ? null : team.keySet().stream().filter(chosen::equalsIgnoreCase).findFirst()
			.orElseThrow(() -> new MeetingRuleException("fieldwork.meeting.attendee.notInTeam", chosen));
		String previous = meeting.getAttendee();
		meeting.nameAttendee(username, me(), clock.instant());
		Set<String> attendees = wholeTeam ? team.keySet() : Set.of(username);
		if (previous != null && !attendees.contains(previous)) {
			tell(Set.of(previous), "fieldwork.notice.meetingAttendeeReplaced", meeting);
		}
		tell(attendees, "fieldwork.notice.meetingAttendeeNamed", meeting, abbreviated(meeting.getAgenda()));
		if (wholeTeam) {
			tell(communeOfficers(meeting), "fieldwork.notice.meetingTeamForCommune", meeting);
		}
		else {
			tell(communeOfficers(meeting), "fieldwork.notice.meetingAttendeeForCommune", meeting, team.get(username));
		}
	}

	/** Writes the attendance report and raises each difficulty as an obstacle record. */
	CommuneMeeting report(long id, MeetingReportForm form, Errors errors) {
		CommuneMeeting meeting = current(id, form.version(), HELPER_ROLES);
		if (!meeting.isNamed(me())) {
			throw new MeetingRuleException("fieldwork.meeting.report.notAttendee");
		}
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
		if (errors.hasErrors()) {
			return null;
		}
		List<FieldVisit.Found> found = form.filled().stream()
			.map(line -> new FieldVisit.Found(Texts.clean(line.title()),
					Optional.ofNullable(Texts.clean(line.description())).orElse(Texts.clean(line.title())),
					line.categoryCode()))
			.toList();
		List<MeetingDifficulty> added = meeting.report(Texts.clean(form.discussed()), Texts.clean(form.recommendations()),
				found, me(), clock.instant(), LocalDate.now(clock));
		String communeCode = commune(meeting).code();
		meetings.flush();
		for (MeetingDifficulty difficulty : added) {
			difficulty.becameObstacle(obstacles.raiseFromReport(ObstacleIntake.MEETING_REPORT, meeting.getId(),
					communeCode, difficulty.getTitle(), difficulty.getDescription(), difficulty.getCategoryCode()));
		}
		Set<String> told = new HashSet<>(communeOfficers(meeting));
		if (meeting.getNamedBy() != null) {
			told.add(meeting.getNamedBy());
		}
		tell(told, "fieldwork.notice.meetingReported", meeting);
		return meeting;
	}

	/** The commune calls the meeting off; whoever was told of it hears why. */
	void cancel(long id, MeetingStepForm form) {
		CommuneMeeting meeting = current(id, form.version(), COMMUNE_ROLES);
		meeting.cancel(Texts.clean(form.text()));
		Set<String> told = meeting.getAttendee() != null ? Set.of(meeting.getAttendee()) : helpersOf(meeting);
		tell(told, "fieldwork.notice.meetingCancelled", meeting, Texts.clean(form.text()));
	}

	/** The meeting, when its commune lies in the caller's scope; otherwise 404. */
	@Transactional(readOnly = true)
	CommuneMeeting visible(long id) {
		return meetings.findById(id)
			.filter(meeting -> CurrentUser.scope().covers(meeting.getCommunePath()))
			.orElseThrow(() -> new NotFoundException("fieldwork.meeting.notFound", id));
	}

	/** The communes the caller may publish meetings for: those in scope, when they work for the commune. */
	@Transactional(readOnly = true)
	List<UnitView> ownCommunes() {
		if (!actsFor(COMMUNE_ROLES, null) || CurrentUser.scope().unrestricted()) {
			return List.of();
		}
		return territory.withinPaths(CurrentUser.scope().paths(), UnitLevel.COMMUNE, LocalDate.now(clock));
	}

	/** The villages of the caller's communes, for the publish form. */
	@Transactional(readOnly = true)
	List<UnitView> villagesOf(List<UnitView> communes) {
		return territory.withinPaths(communes.stream().map(UnitView::path).toList(), UnitLevel.VILLAGE,
				LocalDate.now(clock));
	}

	/** The names of the helper-side accounts (username → display name), to show who attends. */
	@Transactional(readOnly = true)
	Map<String, String> helperNames() {
		Map<String, String> names = new LinkedHashMap<>();
		HELPER_ROLES.stream()
			.flatMap(role -> contacts.withRole(role).stream())
			.sorted(Texts.vietnameseOrder(AccountContacts.Contact::displayName))
			.forEach(contact -> names.putIfAbsent(contact.username(), contact.displayName()));
		return names;
	}

	/** Who may be named to attend: the accounts acting for the commune in a helper role, username → name. */
	@Transactional(readOnly = true)
	Map<String, String> teamOf(String communePath) {
		Map<String, String> names = helperNames();
		Map<String, String> team = new LinkedHashMap<>();
		List<String> acting = contacts.usernamesActingFor(HELPER_ROLES, communePath);
		names.forEach((username, name) -> {
			if (acting.contains(username)) {
				team.put(username, name);
			}
		});
		return team;
	}

	boolean isHelperSide(String communePath) {
		return actsFor(HELPER_ROLES, communePath);
	}

	boolean isCommuneSide(String communePath) {
		return actsFor(COMMUNE_ROLES, communePath);
	}

	private CommuneMeeting current(long id, Long version, Set<Role> side) {
		CommuneMeeting meeting = visible(id);
		if (!actsFor(side, meeting.getCommunePath())) {
			throw new MeetingRuleException(side == COMMUNE_ROLES ? "fieldwork.visit.communeOnly" : "fieldwork.visit.helperOnly");
		}
		if (version == null || version != meeting.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(CommuneMeeting.class, id);
		}
		return meeting;
	}

	private Set<String> helpersOf(CommuneMeeting meeting) {
		return new HashSet<>(contacts.usernamesActingFor(HELPER_ROLES, meeting.getCommunePath()));
	}

	private Set<String> communeOfficers(CommuneMeeting meeting) {
		return new HashSet<>(contacts.usernamesActingFor(COMMUNE_ROLES, meeting.getCommunePath()));
	}

	/** Notice arguments: the commune, the meeting's day, then the step's own. */
	private void tell(Set<String> people, String messageKey, CommuneMeeting meeting, String... more) {
		Set<String> others = new HashSet<>(people);
		others.remove(me());
		if (others.isEmpty()) {
			return;
		}
		List<String> arguments = new ArrayList<>(List.of(commune(meeting).name(), DAY.format(meeting.getHeldOn())));
		for (String text : more) {
			arguments.add(text == null ? "" : text);
		}
		notifications.send(new Notice(others, messageKey, arguments, "/meetings/" + meeting.getId(), null, true));
	}

	private UnitView commune(CommuneMeeting meeting) {
		return territory.findById(meeting.getCommuneId()).orElseThrow();
	}

	private static String abbreviated(String text) {
		return text.length() <= 200 ? text : text.substring(0, 199) + "…";
	}

	private static String me() {
		return CurrentUser.usernameOrAnonymous();
	}
}
