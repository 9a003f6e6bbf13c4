package vn.giupxa.fieldwork;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A difficulty found on a visit, with the obstacle record it became. */
@Entity
@Table(name = "field_visit_difficulty")
class VisitDifficulty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "visit_id")
	private FieldVisit visit;

	private String title;

	private String description;

	private String categoryCode;

	private Long obstacleId;

	protected VisitDifficulty() {
	}

	VisitDifficulty(FieldVisit visit, String title, String description, String categoryCode) {
		this.visit = visit;
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
