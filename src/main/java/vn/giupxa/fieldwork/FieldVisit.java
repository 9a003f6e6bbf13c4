package vn.giupxa.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
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
 * A field visit to a commune ("đi cơ sở, chuyến công tác"). It cannot be announced without its content
 * ("nội dung làm việc"), must reach the commune a configured number of working days ahead, and is closed by a
 * report. Every change is a named step that checks the state.
 */
@Entity
@Table(name = "field_visit")
class FieldVisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communeId;

	private String communePath;

	private LocalDate plannedOn;

	/** HH:mm in the commune's local time; kept as text so no time-zone conversion can shift it. */
	private String startTime;

	/** The last day of a visit over several days; null for a one-day visit. */
	private LocalDate endsOn;

	/** HH:mm on the last day, like {@link #startTime}. */
	private String endTime;

	private String agenda;

	private String participants;

	private String plannedBy;

	private Instant plannedAt;

	@Enumerated(EnumType.STRING)
	private VisitState state;

	private Instant notifiedAt;

	private String acknowledgedBy;

	private Instant acknowledgedAt;

	private String receiver;

	private LocalDate proposedOn;

	private String proposalReason;

	private LocalDate doneOn;

	private String summary;

	private String recommendations;

	private String reportedBy;

	private Instant reportedAt;

	private String cancelReason;

	@OneToMany(mappedBy = "visit", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<VisitDifficulty> difficulties = new ArrayList<>();

	@Version
	private long version;

	protected FieldVisit() {
	}

	/** A planned visit, not yet announced to the commune. */
	static FieldVisit plan(long communeId, String communePath, LocalDate plannedOn, LocalTime startTime, LocalDate endsOn,
			LocalTime endTime, String agenda, String participants, String by, Instant now) {
		requireText(agenda, "fieldwork.visit.agenda.required");
		if (endsOn != null && endsOn.isBefore(plannedOn)) {
			throw new VisitRuleException("fieldwork.visit.endsOn.beforeStart");
		}
		FieldVisit visit = new FieldVisit();
		visit.communeId = communeId;
		visit.communePath = communePath;
		visit.plannedOn = plannedOn;
		visit.startTime = hhmm(startTime);
		visit.endsOn = endsOn == null || endsOn.equals(plannedOn) ? null : endsOn;
		visit.endTime = hhmm(endTime);
		visit.agenda = agenda;
		visit.participants = participants;
		visit.plannedBy = by;
		visit.plannedAt = now;
		visit.state = VisitState.PLANNED;
		return visit;
	}

	/** Announces the visit to the commune; the date must leave it {@code earliest} or later to prepare. */
	void confirm(LocalDate earliest, Instant now) {
		requireState(VisitState.PLANNED, "fieldwork.visit.confirm.notPlanned");
		if (plannedOn.isBefore(earliest)) {
			throw new VisitRuleException("fieldwork.visit.confirm.tooSoon",
					earliest.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		this.state = VisitState.NOTIFIED;
		this.notifiedAt = now;
	}

	/** The commune has the notice and names who will receive the visit. */
	void acknowledge(String by, String receiverName, Instant now) {
		requireState(VisitState.NOTIFIED, "fieldwork.visit.acknowledge.notNotified");
		requireText(receiverName, "fieldwork.visit.receiver.required");
		this.state = VisitState.ACKNOWLEDGED;
		this.acknowledgedBy = by;
		this.acknowledgedAt = now;
		this.receiver = receiverName;
	}

	/** The commune cannot receive the visit that day and proposes another. */
	void proposeAnotherDate(LocalDate date, String reason, LocalDate today) {
		if (state != VisitState.NOTIFIED && state != VisitState.ACKNOWLEDGED) {
			throw new VisitRuleException("fieldwork.visit.propose.notNotified");
		}
		if (date == null || !date.isAfter(today) || date.equals(plannedOn)) {
			throw new VisitRuleException("fieldwork.visit.propose.dateInvalid");
		}
		requireText(reason, "fieldwork.visit.propose.reasonRequired");
		this.state = VisitState.DATE_PROPOSED;
		this.proposedOn = date;
		this.proposalReason = reason;
		this.receiver = null;
		this.acknowledgedBy = null;
		this.acknowledgedAt = null;
	}

	/** The helper takes the commune's date; the visit is announced again for it. */
	void acceptProposedDate(Instant now) {
		requireState(VisitState.DATE_PROPOSED, "fieldwork.visit.accept.noProposal");
		if (endsOn != null) {
			// The visit keeps its length on the new date.
			this.endsOn = proposedOn.plusDays(ChronoUnit.DAYS.between(plannedOn, endsOn));
		}
		this.plannedOn = proposedOn;
		this.proposedOn = null;
		this.state = VisitState.NOTIFIED;
		this.notifiedAt = now;
	}

	/** The visit took place (on its day or later). */
	void markDone(LocalDate on, LocalDate today) {
		if (state != VisitState.NOTIFIED && state != VisitState.ACKNOWLEDGED) {
			throw new VisitRuleException("fieldwork.visit.done.notAnnounced");
		}
		LocalDate day = on == null ? plannedOn : on;
		if (day.isBefore(plannedOn) || day.isAfter(today)) {
			throw new VisitRuleException("fieldwork.visit.done.dateInvalid");
		}
		this.state = VisitState.DONE;
		this.doneOn = day;
	}

	/** The report: what was found and recommended; each difficulty is kept to become an obstacle record. */
	List<VisitDifficulty> report(String summaryText, String recommendationText, List<Found> found, String by,
			Instant now) {
		requireState(VisitState.DONE, "fieldwork.visit.report.notDone");
		requireText(summaryText, "fieldwork.visit.summary.required");
		this.summary = summaryText;
		this.recommendations = recommendationText;
		this.reportedBy = by;
		this.reportedAt = now;
		this.state = VisitState.REPORTED;
		List<VisitDifficulty> added = found.stream()
			.map(f -> new VisitDifficulty(this, f.title(), f.description(), f.categoryCode()))
			.toList();
		difficulties.addAll(added);
		return added;
	}

	void cancel(String reason) {
		if (!state.isOpen()) {
			throw new VisitRuleException("fieldwork.visit.cancel.closed");
		}
		requireText(reason, "fieldwork.visit.cancel.reasonRequired");
		this.state = VisitState.CANCELLED;
		this.cancelReason = reason;
	}

	private void requireState(VisitState expected, String messageKey) {
		if (state != expected) {
			throw new VisitRuleException(messageKey);
		}
	}

	private static void requireText(String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new VisitRuleException(messageKey);
		}
	}

	/** A difficulty as the reporter wrote it. */
	record Found(String title, String description, String categoryCode) {
	}

	Long getId() {
		return id;
	}

	Long getCommuneId() {
		return communeId;
	}

	String getCommunePath() {
		return communePath;
	}

	VisitState getState() {
		return state;
	}

	LocalDate getPlannedOn() {
		return plannedOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	private static String hhmm(LocalTime time) {
		return time == null ? null : time.withSecond(0).withNano(0).toString();
	}

	String getPlannedBy() {
		return plannedBy;
	}

	String getAgenda() {
		return agenda;
	}

	long getVersion() {
		return version;
	}
}
