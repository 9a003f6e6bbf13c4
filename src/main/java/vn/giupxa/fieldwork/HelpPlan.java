package vn.giupxa.fieldwork;

import java.time.Instant;
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
 * A help plan ("kế hoạch giúp đỡ") of one assignment for one year: goals, visits planned per quarter and the
 * contents. A draft is edited by the helper side; a submitted plan is read-only and changed by opening a revision,
 * which supersedes it once submitted.
 */
@Entity
@Table(name = "help_plan")
class HelpPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long assignmentId;

	private Long communeId;

	private String communePath;

	private int year;

	private int revision;

	private String goals;

	private int q1Visits;

	private int q2Visits;

	private int q3Visits;

	private int q4Visits;

	@Enumerated(EnumType.STRING)
	private HelpPlanState state;

	private String writtenBy;

	private Instant createdAt;

	private String submittedBy;

	private Instant submittedAt;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<HelpPlanContent> contents = new ArrayList<>();

	@Version
	private long version;

	protected HelpPlan() {
	}

	static HelpPlan draft(long assignmentId, long communeId, String communePath, int year, Terms terms, String by,
			Instant now) {
		HelpPlan plan = new HelpPlan();
		plan.assignmentId = assignmentId;
		plan.communeId = communeId;
		plan.communePath = communePath;
		plan.year = year;
		plan.revision = 1;
		plan.state = HelpPlanState.DRAFT;
		plan.writtenBy = by;
		plan.createdAt = now;
		plan.write(terms);
		return plan;
	}

	/** Changes a draft. */
	void update(Terms terms) {
		requireState(HelpPlanState.DRAFT, "helpplan.notDraft");
		write(terms);
	}

	void submit(String by, Instant now) {
		requireState(HelpPlanState.DRAFT, "helpplan.notDraft");
		if (contents.isEmpty()) {
			throw new HelpPlanRuleException("helpplan.submit.noContent");
		}
		this.state = HelpPlanState.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = now;
	}

	/** A new draft that starts as a copy of this submitted plan. */
	HelpPlan openRevision(String by, Instant now) {
		requireState(HelpPlanState.SUBMITTED, "helpplan.revise.notSubmitted");
		HelpPlan next = draft(assignmentId, communeId, communePath, year, terms(), by, now);
		next.revision = revision + 1;
		return next;
	}

	/** A later revision was submitted. */
	void supersede() {
		if (state == HelpPlanState.SUBMITTED) {
			this.state = HelpPlanState.SUPERSEDED;
		}
	}

	Terms terms() {
		return new Terms(goals, List.of(q1Visits, q2Visits, q3Visits, q4Visits),
				contents.stream().map(HelpPlanContent::content).toList());
	}

	private void write(Terms terms) {
		this.goals = terms.goals();
		this.q1Visits = terms.plannedVisits().get(0);
		this.q2Visits = terms.plannedVisits().get(1);
		this.q3Visits = terms.plannedVisits().get(2);
		this.q4Visits = terms.plannedVisits().get(3);
		contents.clear();
		for (Content content : terms.contents()) {
			contents.add(new HelpPlanContent(this, contents.size() + 1, content));
		}
	}

	private void requireState(HelpPlanState expected, String messageKey) {
		if (state != expected) {
			throw new HelpPlanRuleException(messageKey);
		}
	}

	/** What the helper writes: goals, visits planned in Q1–Q4 (never negative), contents. */
	record Terms(String goals, List<Integer> plannedVisits, List<Content> contents) {

		Terms {
			if (goals == null || goals.isBlank()) {
				throw new HelpPlanRuleException("helpplan.goals.required");
			}
			if (plannedVisits.size() != 4 || plannedVisits.stream().anyMatch(n -> n == null || n < 0)) {
				throw new HelpPlanRuleException("helpplan.visits.negative");
			}
			plannedVisits = List.copyOf(plannedVisits);
			contents = List.copyOf(contents);
		}
	}

	/** One content: its text, and the program item and/or focus content it serves (at least one). */
	record Content(String text, Long programComponentId, FocusContent focus) {

		Content {
			if (text == null || text.isBlank()) {
				throw new HelpPlanRuleException("helpplan.content.textRequired");
			}
			if (programComponentId == null && focus == null) {
				throw new HelpPlanRuleException("helpplan.content.tieRequired");
			}
		}
	}

	Long getId() {
		return id;
	}

	Long getAssignmentId() {
		return assignmentId;
	}

	String getCommunePath() {
		return communePath;
	}

	int getYear() {
		return year;
	}

	int getRevision() {
		return revision;
	}

	HelpPlanState getState() {
		return state;
	}

	String getWrittenBy() {
		return writtenBy;
	}

	String getSubmittedBy() {
		return submittedBy;
	}

	long getVersion() {
		return version;
	}
}
