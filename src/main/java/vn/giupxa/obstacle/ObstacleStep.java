package vn.giupxa.obstacle;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of an item's timeline; never changed once written. */
@Entity
@Table(name = "obstacle_step")
class ObstacleStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "obstacle_id")
	private Obstacle obstacle;

	private Instant at;

	private String actor;

	@Enumerated(EnumType.STRING)
	private StepAction action;

	@Enumerated(EnumType.STRING)
	private ObstacleLevel level;

	private String text;

	protected ObstacleStep() {
	}

	ObstacleStep(Obstacle obstacle, Instant at, String actor, StepAction action, ObstacleLevel level, String text) {
		this.obstacle = obstacle;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.level = level;
		this.text = text;
	}

	StepAction getAction() {
		return action;
	}
}
