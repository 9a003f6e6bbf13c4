package vn.giupxa.fieldwork;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One content of a help plan, tied to a program item and/or a focus content. */
@Entity
@Table(name = "help_plan_content")
class HelpPlanContent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "plan_id")
	private HelpPlan plan;

	private int position;

	private String text;

	private Long programComponentId;

	@Enumerated(EnumType.STRING)
	private FocusContent focus;

	protected HelpPlanContent() {
	}

	HelpPlanContent(HelpPlan plan, int position, HelpPlan.Content content) {
		this.plan = plan;
		this.position = position;
		this.text = content.text();
		this.programComponentId = content.programComponentId();
		this.focus = content.focus();
	}

	HelpPlan.Content content() {
		return new HelpPlan.Content(text, programComponentId, focus);
	}
}
