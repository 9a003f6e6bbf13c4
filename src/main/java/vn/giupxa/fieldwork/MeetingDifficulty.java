package vn.giupxa.fieldwork;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A difficulty raised at a commune meeting, with the obstacle record it became. */
@Entity
@Table(name = "commune_meeting_difficulty")
class MeetingDifficulty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "meeting_id")
	private CommuneMeeting meeting;

	private String title;

	private String description;

	private String categoryCode;

	private Long obstacleId;

	protected MeetingDifficulty() {
	}

	MeetingDifficulty(CommuneMeeting meeting, String title, String description, String categoryCode) {
		this.meeting = meeting;
		this.title = title;
		this.description = description;
		this.categoryCode = categoryCode;
	}

	void becameObstacle(long id) {
		this.obstacleId = id;
	}

	String getTitle() {
		return title;
	}

	String getDescription() {
		return description;
	}

	String getCategoryCode() {
		return categoryCode;
	}
}
