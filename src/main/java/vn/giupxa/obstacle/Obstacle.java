package vn.giupxa.obstacle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A difficulty or proposal about a commune ("khó khăn, vướng mắc; kiến nghị, đề xuất"). It is held
 * at one level at a time with a deadline; every change is a named step that checks the current
 * state and level and is written to the timeline.
 */
@Entity
@Table(name = "obstacle")
class Obstacle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ObstacleKind kind;

	private String title;

	private String description;

	private String categoryCode;

	private Long communeId;

	private String communePath;

	private Long programComponentId;

	private Long criterionId;

	private String source = "DIRECT";

	private Long sourceId;

	private String raisedBy;

	private Instant raisedAt;

	@Enumerated(EnumType.STRING)
	private ObstacleLevel raisedLevel;

	@Enumerated(EnumType.STRING)
	private ObstacleLevel level;

	@Enumerated(EnumType.STRING)
	private ObstacleState state;

	private String handler;

	private LocalDate levelSince;

	private LocalDate dueOn;

	private LocalDate pausedSince;

	private String solution;

	private Instant resolvedAt;

	@Enumerated(EnumType.STRING)
	private ObstacleLevel resolvedLevel;

	private Boolean resolvedOnTime;

	@Enumerated(EnumType.STRING)
	private ObstacleLevel breachNotifiedLevel;

	@OneToMany(mappedBy = "obstacle", cascade = CascadeType.ALL)
	@OrderBy("at, id")
	private List<ObstacleStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected Obstacle() {
	}

	/** A new item, held at the commune level from today. */
	static Obstacle raise(ObstacleKind kind, String title, String description, String categoryCode, long communeId,
			String communePath, String raisedBy, Instant now, LocalDate today, LocalDate dueOn) {
		Obstacle obstacle = new Obstacle();
		obstacle.kind = kind;
		obstacle.title = title;
		obstacle.description = description;
		obstacle.categoryCode = categoryCode;
		obstacle.communeId = communeId;
		obstacle.communePath = communePath;
		obstacle.raisedBy = raisedBy;
		obstacle.raisedAt = now;
		obstacle.raisedLevel = ObstacleLevel.COMMUNE;
		obstacle.level = ObstacleLevel.COMMUNE;
		obstacle.state = ObstacleState.OPEN;
		obstacle.levelSince = today;
		obstacle.dueOn = dueOn;
		obstacle.step(now, raisedBy, StepAction.RAISED, description);
		return obstacle;
	}

	/** Records where the item came from (a visit or meeting report). */
	void cameFrom(String reportKind, long reportId) {
		this.source = reportKind;
		this.sourceId = reportId;
	}

	/** Links the item to the program item or criterion it concerns. */
	void concerns(Long componentId, Long criterion) {
		this.programComponentId = componentId;
		this.criterionId = criterion;
	}

	void escalate(ObstacleLevel next, String reason, String handlerAtNextLevel, String by, Instant now, LocalDate today,
			LocalDate newDueOn) {
		requireState(ObstacleState.OPEN, "obstacle.escalate.notOpen");
		requireText(reason, "obstacle.escalate.reasonRequired");
		if (next == null) {
			throw new ObstacleRuleException("obstacle.escalate.top");
		}
		if (next.ordinal() <= level.ordinal()) {
			throw new ObstacleRuleException("obstacle.escalate.notUpward");
		}
		this.level = next;
		this.handler = handlerAtNextLevel;
		this.levelSince = today;
		this.dueOn = newDueOn;
		step(now, by, StepAction.ESCALATED, reason);
	}

	/** The level where it was raised solves it within its own authority. */
	void resolveWithinAuthority(ObstacleLevel actorLevel, String text, String by, Instant now, LocalDate today) {
		requireHeldAt(actorLevel);
		if (level != raisedLevel) {
			throw new ObstacleRuleException("obstacle.resolve.escalated");
		}
		close(text, by, now, today, StepAction.RESOLVED_WITHIN_AUTHORITY);
	}

	/** A higher level answers an escalated item; the answer goes back to the raiser and the commune. */
	void answer(ObstacleLevel actorLevel, String text, String by, Instant now, LocalDate today) {
		requireHeldAt(actorLevel);
		if (level == raisedLevel) {
			throw new ObstacleRuleException("obstacle.answer.notEscalated");
		}
		close(text, by, now, today, StepAction.ANSWERED);
	}

	void requestInformation(ObstacleLevel actorLevel, String question, String by, Instant now, LocalDate today) {
		requireHeldAt(actorLevel);
		requireText(question, "obstacle.question.required");
		this.state = ObstacleState.WAITING_FOR_INFORMATION;
		this.pausedSince = today;
		step(now, by, StepAction.INFORMATION_REQUESTED, question);
	}

	/** The raiser answers; the deadline moves by the working days the clock was paused. */
	void provideInformation(String text, String by, Instant now, LocalDate newDueOn) {
		requireState(ObstacleState.WAITING_FOR_INFORMATION, "obstacle.information.notAsked");
		requireText(text, "obstacle.information.required");
		this.state = ObstacleState.OPEN;
		this.pausedSince = null;
		this.dueOn = newDueOn;
		step(now, by, StepAction.INFORMATION_PROVIDED, text);
	}

	void confirm(String by, Instant now) {
		requireState(ObstacleState.AWAITING_CONFIRMATION, "obstacle.confirm.notAwaiting");
		this.state = ObstacleState.CLOSED;
		step(now, by, StepAction.CONFIRMED, null);
	}

	/** Not solved after all: back to the level that answered, with a new deadline. */
	void reopen(String reason, String by, Instant now, LocalDate today, LocalDate newDueOn) {
		requireState(ObstacleState.AWAITING_CONFIRMATION, "obstacle.reopen.notAwaiting");
		requireText(reason, "obstacle.reopen.reasonRequired");
		this.state = ObstacleState.OPEN;
		this.solution = null;
		this.resolvedAt = null;
		this.resolvedLevel = null;
		this.resolvedOnTime = null;
		this.levelSince = today;
		this.dueOn = newDueOn;
		this.breachNotifiedLevel = null;
		step(now, by, StepAction.REOPENED, reason);
	}

	void assignHandler(ObstacleLevel actorLevel, String username, String by, Instant now) {
		requireHeldAt(actorLevel);
		this.handler = username;
		step(now, by, StepAction.HANDLER_ASSIGNED, username);
	}

	boolean isOverdue(LocalDate today) {
		return state == ObstacleState.OPEN && today.isAfter(dueOn);
	}

	private void close(String text, String by, Instant now, LocalDate today, StepAction action) {
		requireText(text, "obstacle.solution.required");
		this.state = ObstacleState.AWAITING_CONFIRMATION;
		this.solution = text;
		this.resolvedAt = now;
		this.resolvedLevel = level;
		this.resolvedOnTime = !today.isAfter(dueOn);
		step(now, by, action, text);
	}

	private void requireHeldAt(ObstacleLevel actorLevel) {
		requireState(ObstacleState.OPEN, "obstacle.notOpen");
		if (actorLevel != level) {
			throw new ObstacleRuleException("obstacle.notYourLevel");
		}
	}

	private void requireState(ObstacleState expected, String messageKey) {
		if (state != expected) {
			throw new ObstacleRuleException(messageKey);
		}
	}

	private static void requireText(String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new ObstacleRuleException(messageKey);
		}
	}

	private void step(Instant at, String actor, StepAction action, String text) {
		steps.add(new ObstacleStep(this, at, actor, action, level, text));
	}

	Long getId() {
		return id;
	}

	ObstacleLevel getLevel() {
		return level;
	}

	ObstacleLevel getRaisedLevel() {
		return raisedLevel;
	}

	ObstacleState getState() {
		return state;
	}

	String getCommunePath() {
		return communePath;
	}

	String getCategoryCode() {
		return categoryCode;
	}

	String getRaisedBy() {
		return raisedBy;
	}

	String getTitle() {
		return title;
	}

	String getHandler() {
		return handler;
	}

	LocalDate getDueOn() {
		return dueOn;
	}

	LocalDate getPausedSince() {
		return pausedSince;
	}

	Boolean getResolvedOnTime() {
		return resolvedOnTime;
	}

	List<ObstacleStep> getSteps() {
		return List.copyOf(steps);
	}

	long getVersion() {
		return version;
	}
}
