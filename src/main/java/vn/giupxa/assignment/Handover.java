package vn.giupxa.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A handover ("bàn giao khi thay đổi vị trí công tác"): from {@code startOn} the assigned position is held by
 * a new official, who carries the assignment on; the record keeps who held it before.
 */
@Entity
@Table(name = "assignment_handover")
class Handover {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long assignmentId;

	private long positionId;

	private Long previousOfficialId;

	private long newOfficialId;

	private LocalDate startOn;

	private Instant recordedAt;

	@Version
	private long version;

	protected Handover() {
	}

	Handover(long assignmentId, long positionId, Long previousOfficialId, long newOfficialId, LocalDate startOn,
			Instant recordedAt) {
		this.assignmentId = assignmentId;
		this.positionId = positionId;
		this.previousOfficialId = previousOfficialId;
		this.newOfficialId = newOfficialId;
		this.startOn = startOn;
		this.recordedAt = recordedAt;
	}

	Long getId() {
		return id;
	}

	long getAssignmentId() {
		return assignmentId;
	}

	Long getPreviousOfficialId() {
		return previousOfficialId;
	}

	long getNewOfficialId() {
		return newOfficialId;
	}

	LocalDate getStartOn() {
		return startOn;
	}

	@Override
	public String toString() {
		return "Handover#" + id;
	}
}
