package vn.giupxa.obstacle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.account.Role;
import vn.giupxa.files.Uploads;
import vn.giupxa.notification.Notice;
import vn.giupxa.notification.Notifications;
import vn.giupxa.program.ProgramCatalog;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * The register's use cases. Who may act is decided here: the caller acts at a level when one of
 * their roles belongs to it and their scope covers the commune; the entity decides whether the
 * step is allowed in the item's state.
 */
@Service
@Transactional
class ObstacleService {

	private final ObstacleRepository obstacles;

	private final Territory territory;

	private final DeadlineRules deadlines;

	private final Notifications notifications;

	private final AccountContacts contacts;

	private final ObstacleCategories categories;

	private final ObstacleAttachments attachments;

	private final ProgramCatalog catalog;

	private final Clock clock;

	ObstacleService(ObstacleRepository obstacles, Territory territory, DeadlineRules deadlines,
			Notifications notifications, AccountContacts contacts, ObstacleCategories categories,
			ObstacleAttachments attachments, ProgramCatalog catalog, Clock clock) {
		this.categories = categories;
		this.attachments = attachments;
		this.catalog = catalog;
		this.obstacles = obstacles;
		this.territory = territory;
		this.deadlines = deadlines;
		this.notifications = notifications;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** Raises an item; field problems go to {@code errors} and nothing is saved. */
	Obstacle raise(ObstacleForm form, Errors errors) {
		LocalDate today = LocalDate.now(clock);
		Optional<UnitView> found = territory.findByCode(form.communeCode().strip(), today)
			.filter(unit -> unit.level() == UnitLevel.COMMUNE);
		if (found.isEmpty()) {
			errors.rejectValue("communeCode", "obstacle.commune.unknown", new Object[] { form.communeCode() }, null);
		}
		else if (!actsAt(ObstacleLevel.COMMUNE, found.get().path())) {
			errors.rejectValue("communeCode", "obstacle.commune.outOfScope", new Object[] { found.get().name() }, null);
		}
		if (!categories.exists(form.categoryCode())) {
			errors.rejectValue("categoryCode", "obstacle.category.unknown");
		}
		if (form.programComponentId() != null && !catalog.componentIsOpen(form.programComponentId(), today)) {
			errors.rejectValue("programComponentId", "obstacle.component.unknown");
		}
		if (form.criterionId() != null && !catalog.criterionInForce(form.criterionId(), today)) {
			errors.rejectValue("criterionId", "obstacle.criterion.unknown");
		}
		List<Uploads.Upload> files = attachments.check(form.files(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		UnitView commune = found.get();
		Obstacle obstacle = Obstacle.raise(form.kind(), Texts.clean(form.title()), Texts.clean(form.description()),
				form.categoryCode(), commune.id(), commune.path(), CurrentUser.usernameOrAnonymous(), clock.instant(),
				today, deadlines.dueOn(ObstacleLevel.COMMUNE, form.categoryCode(), today));
		obstacle.concerns(form.programComponentId(), form.criterionId());
		Obstacle saved = obstacles.save(obstacle);
		attachments.attach(saved.getId(), files);
		return saved;
	}

	void escalate(long id, StepForm form) {
		Obstacle obstacle = held(id, form);
		LocalDate today = LocalDate.now(clock);
		Optional<ObstacleLevel> next = obstacle.getLevel().next(hasDistrict(obstacle));
		ObstacleLevel target = next.orElse(null);
		LocalDate due = target == null ? null : deadlines.dueOn(target, obstacle.getCategoryCode(), today);
		String handler = target == null ? null : handlerAt(target, obstacle, form.handler());
		obstacle.escalate(target, Texts.clean(form.text()), handler, me(), clock.instant(), today, due);
		tell(recipientsAt(obstacle.getLevel(), obstacle), "obstacle.notice.escalated", obstacle);
	}

	void resolveWithinAuthority(long id, StepForm form) {
		Obstacle obstacle = held(id, form);
		obstacle.resolveWithinAuthority(obstacle.getLevel(), Texts.clean(form.text()), me(), clock.instant(),
				LocalDate.now(clock));
		tell(raiserAndCommune(obstacle), "obstacle.notice.resolved", obstacle);
	}

	void answer(long id, StepForm form) {
		Obstacle obstacle = held(id, form);
		obstacle.answer(obstacle.getLevel(), Texts.clean(form.text()), me(), clock.instant(), LocalDate.now(clock));
		tell(raiserAndCommune(obstacle), "obstacle.notice.answered", obstacle);
	}

	void requestInformation(long id, StepForm form) {
		Obstacle obstacle = held(id, form);
		obstacle.requestInformation(obstacle.getLevel(), Texts.clean(form.text()), me(), clock.instant(),
				LocalDate.now(clock));
		tell(Set.of(obstacle.getRaisedBy()), "obstacle.notice.informationRequested", obstacle);
	}

	void provideInformation(long id, StepForm form) {
		Obstacle obstacle = ofRaiserOrCommune(id, form);
		LocalDate today = LocalDate.now(clock);
		LocalDate paused = obstacle.getPausedSince() == null ? today : obstacle.getPausedSince();
		obstacle.provideInformation(Texts.clean(form.text()), me(), clock.instant(),
				deadlines.extendedBy(obstacle.getDueOn(), paused, today));
		tell(recipientsAt(obstacle.getLevel(), obstacle), "obstacle.notice.informationProvided", obstacle);
	}

	void confirm(long id, StepForm form) {
		ofRaiserOrCommune(id, form).confirm(me(), clock.instant());
	}

	void reopen(long id, StepForm form) {
		Obstacle obstacle = ofRaiserOrCommune(id, form);
		LocalDate today = LocalDate.now(clock);
		obstacle.reopen(Texts.clean(form.text()), me(), clock.instant(), today,
				deadlines.dueOn(obstacle.getLevel(), obstacle.getCategoryCode(), today));
		tell(recipientsAt(obstacle.getLevel(), obstacle), "obstacle.notice.reopened", obstacle);
	}

	/** The levels at which the caller may act on this item (for showing the right buttons). */
	@Transactional(readOnly = true)
	Set<ObstacleLevel> callerLevels(Obstacle obstacle) {
		Set<ObstacleLevel> levels = EnumSet.noneOf(ObstacleLevel.class);
		for (ObstacleLevel level : ObstacleLevel.values()) {
			if (actsAt(level, obstacle.getCommunePath())) {
				levels.add(level);
			}
		}
		return levels;
	}

	boolean isRaiserOrCommune(Obstacle obstacle) {
		return me().equals(obstacle.getRaisedBy()) || actsAt(ObstacleLevel.COMMUNE, obstacle.getCommunePath());
	}

	/** People who may be named as handler at a level for an item. */
	@Transactional(readOnly = true)
	List<String> candidatesAt(ObstacleLevel level, Obstacle obstacle) {
		return contacts.usernamesActingFor(level.roles(), obstacle.getCommunePath());
	}

	/** The item, when the caller may see it (its commune lies in their scope); otherwise 404. */
	@Transactional(readOnly = true)
	Obstacle visible(long id) {
		return obstacles.findById(id)
			.filter(obstacle -> CurrentUser.scope().covers(obstacle.getCommunePath()))
			.orElseThrow(() -> new NotFoundException("obstacle.notFound", id));
	}

	boolean hasDistrict(Obstacle obstacle) {
		// A commune path has a district segment only on the pre-2025 map: /province/district/commune/.
		return obstacle.getCommunePath().chars().filter(c -> c == '/').count() > 3;
	}

	private Obstacle held(long id, StepForm form) {
		Obstacle obstacle = current(id, form);
		if (!actsAt(obstacle.getLevel(), obstacle.getCommunePath())) {
			throw new ObstacleRuleException("obstacle.notYourLevel");
		}
		return obstacle;
	}

	private Obstacle ofRaiserOrCommune(long id, StepForm form) {
		Obstacle obstacle = current(id, form);
		if (!isRaiserOrCommune(obstacle)) {
			throw new AccessDeniedException("obstacle.notRaiser");
		}
		return obstacle;
	}

	private Obstacle current(long id, StepForm form) {
		Obstacle obstacle = visible(id);
		if (form.version() == null || form.version() != obstacle.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Obstacle.class, id);
		}
		return obstacle;
	}

	private String handlerAt(ObstacleLevel level, Obstacle obstacle, String requested) {
		String wanted = Texts.clean(requested);
		if (wanted == null) {
			return null;
		}
		if (!candidatesAt(level, obstacle).contains(wanted)) {
			throw new ObstacleRuleException("obstacle.handler.notAtLevel", wanted);
		}
		return wanted;
	}

	private boolean actsAt(ObstacleLevel level, String communePath) {
		return CurrentUser.scope().covers(communePath) && Role.ofCaller().stream().anyMatch(level.roles()::contains);
	}

	private Set<String> recipientsAt(ObstacleLevel level, Obstacle obstacle) {
		if (obstacle.getHandler() != null) {
			return Set.of(obstacle.getHandler());
		}
		return new HashSet<>(contacts.usernamesActingFor(level.roles(), obstacle.getCommunePath()));
	}

	private Set<String> raiserAndCommune(Obstacle obstacle) {
		Set<String> people = new HashSet<>(
				contacts.usernamesActingFor(Set.of(Role.COMMUNE_OFFICER), obstacle.getCommunePath()));
		people.add(obstacle.getRaisedBy());
		return people;
	}

	private void tell(Set<String> people, String messageKey, Obstacle obstacle) {
		Set<String> others = new HashSet<>(people);
		others.remove(me());
		if (!others.isEmpty()) {
			notifications.send(new Notice(others, messageKey, List.of(obstacle.getTitle()),
					"/obstacles/" + obstacle.getId(), null, true));
		}
	}

	private static String me() {
		return CurrentUser.usernameOrAnonymous();
	}


}
