package vn.giupxa.fieldwork;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An activity that strengthens the commune's leadership ("nâng cao năng lực lãnh đạo", A6). */
@Entity
@Table(name = "capacity_activity")
class CapacityActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communeId;

	private String communePath;

	@Enumerated(EnumType.STRING)
	private CapacityActivityKind kind;

	private LocalDate heldOn;

	private String topic;

	private String participants;

	private int participantCount;

	private String recordedBy;

	private Instant recordedAt;

	@Version
	private long version;

	protected CapacityActivity() {
	}

	CapacityActivity(long communeId, String communePath, CapacityActivityKind kind, LocalDate heldOn, String topic,
			String participants, int participantCount, String by, Instant now) {
		this.communeId = communeId;
		this.communePath = communePath;
		this.kind = kind;
		this.heldOn = heldOn;
		this.topic = topic;
		this.participants = participants;
		this.participantCount = participantCount;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	Long getId() {
		return id;
	}
}
