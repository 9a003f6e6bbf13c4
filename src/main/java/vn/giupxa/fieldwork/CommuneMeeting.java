package vn.giupxa.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * A meeting of the commune ("họp thôn, họp chi bộ, họp cơ quan, đoàn thể") that the helpers are asked to attend.
 * The commune publishes it with its agenda; the helper side names who attends (one account or the whole team); the
 * attendee files the attendance report ("MeetingAttendance" in the glossary lives here: attendee and report).
 */
@Entity
@Table(name = "commune_meeting")
class CommuneMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communeId;

	private String communePath;

	private Long villageId;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private LocalDate heldOn;

	/** HH:mm in the commune's local time; kept as text so no time-zone conversion can shift it. */
	private String startTime;

	private String place;

	private String agenda;

	private String publishedBy;

	private Instant publishedAt;

	@Enumerated(EnumType.STRING)
	private MeetingState state;

	private String attendee;

	private boolean wholeTeam;

	private String namedBy;

	private Instant namedAt;

	private String discussed;

	private String recommendations;

	private String reportedBy;

	private Instant reportedAt;

	private String cancelReason;

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<MeetingDifficulty> difficulties = new ArrayList<>();

	@Version
	private long version;

	protected CommuneMeeting() {
	}

	/** A meeting the commune publishes; it must not lie in the past and must have an agenda. */
	static CommuneMeeting publish(long communeId, String communePath, Long villageId, MeetingKind kind, LocalDate heldOn,
			LocalTime startTime, String place, String agenda, String by, Instant now, LocalDate today) {
		requireText(agenda, "fieldwork.meeting.agenda.required");
		requireText(place, "fieldwork.meeting.place.required");
		if (heldOn == null || heldOn.isBefore(today)) {
			throw new MeetingRuleException("fieldwork.meeting.heldOn.past");
		}
		CommuneMeeting meeting = new CommuneMeeting();
		meeting.communeId = communeId;
		meeting.communePath = communePath;
		meeting.villageId = villageId;
		meeting.kind = kind;
		meeting.heldOn = heldOn;
		meeting.startTime = startTime == null ? null : startTime.withSecond(0).withNano(0).toString();
		meeting.place = place;
		meeting.agenda = agenda;
		meeting.publishedBy = by;
		meeting.publishedAt = now;
		meeting.state = MeetingState.PUBLISHED;
		return meeting;
	}

	/** The helper side names who attends: one account ({@code username}) or, with null, the whole team. */
	void nameAttendee(String username, String by, Instant now) {
		if (!state.isOpen()) {
			throw new MeetingRuleException("fieldwork.meeting.name.closed");
		}
		this.attendee = username;
		this.wholeTeam = username == null;
		this.namedBy = by;
		this.namedAt = now;
		this.state = MeetingState.ATTENDEE_NAMED;
	}

	/** The attendance report, on or after the meeting's day; each difficulty is kept to become an obstacle record. */
	List<MeetingDifficulty> report(String discussedText, String recommendationText, List<FieldVisit.Found> found,
			String by, Instant now, LocalDate today) {
		if (state != MeetingState.ATTENDEE_NAMED) {
			throw new MeetingRuleException("fieldwork.meeting.report.notNamed");
		}
		if (today.isBefore(heldOn)) {
			throw new MeetingRuleException("fieldwork.meeting.report.tooEarly");
		}
		requireText(discussedText, "fieldwork.meeting.discussed.required");
		this.discussed = discussedText;
		this.recommendations = recommendationText;
		this.reportedBy = by;
		this.reportedAt = now;
		this.state = MeetingState.REPORTED;
		List<MeetingDifficulty> added = found.stream()
			.map(f -> new MeetingDifficulty(this, f.title(), f.description(), f.categoryCode()))
			.toList();
		difficulties.addAll(added);
		return added;
	}

	/** The commune calls the meeting off, with a reason. */
	void cancel(String reason) {
		if (!state.isOpen()) {
			throw new MeetingRuleException("fieldwork.meeting.cancel.closed");
		}
		requireText(reason, "fieldwork.meeting.cancel.reasonRequired");
		this.state = MeetingState.CANCELLED;
		this.cancelReason = reason;
	}

	/** Whether this account is the one named to attend (with the whole team, any helper of the commune is). */
	boolean isNamed(String username) {
		return wholeTeam || (attendee != null && attendee.equalsIgnoreCase(username));
	}

	private static void requireText(String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new MeetingRuleException(messageKey);
		}
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

	MeetingKind getKind() {
		return kind;
	}

	MeetingState getState() {
		return state;
	}

	LocalDate getHeldOn() {
		return heldOn;
	}

	String getAgenda() {
		return agenda;
	}

	String getAttendee() {
		return attendee;
	}

	boolean isWholeTeam() {
		return wholeTeam;
	}

	String getNamedBy() {
		return namedBy;
	}

	long getVersion() {
		return version;
	}
}
