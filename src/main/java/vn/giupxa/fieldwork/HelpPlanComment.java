package vn.giupxa.fieldwork;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment on a help plan by the district, the Coordination Office or the helper answering them. */
@Entity
@Table(name = "help_plan_comment")
class HelpPlanComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private String author;

	private String body;

	private Instant createdAt;

	protected HelpPlanComment() {
	}

	HelpPlanComment(long planId, String author, String body, Instant createdAt) {
		this.planId = planId;
		this.author = author;
		this.body = body;
		this.createdAt = createdAt;
	}
}
