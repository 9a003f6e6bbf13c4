package vn.giupxa.assignment;

import java.time.Instant;
import java.time.LocalDate;
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

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;

/**
 * A decision on assignments ("Quyết định phân công giúp đỡ xã") of a People's Committee: drafted by the
 * Coordination Office with its assignments, then issued. Once issued it is never edited, only superseded by a
 * later decision, whose issue ends the terms it replaces.
 */
@Entity
@Table(name = "assignment_decision")
class AssignmentDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Tier tier;

	private Long issuerUnitId;

	private int year;

	private String number;

	private String title;

	private LocalDate signedOn;

	private String signerName;

	private String signerTitle;

	private String legalBasis;

	@Enumerated(EnumType.STRING)
	private DecisionStatus status = DecisionStatus.DRAFT;

	private Long supersedesId;

	private Instant issuedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Assignment> assignments = new ArrayList<>();

	protected AssignmentDecision() {
	}

	AssignmentDecision(Tier tier, long issuerUnitId, Details details) {
		this.tier = tier;
		this.issuerUnitId = issuerUnitId;
		apply(details);
	}

	/** Changes the header of a draft. */
	void update(Details details) {
		requireDraft();
		apply(details);
	}

	/**
	 * Adds an assignment to this draft. The term must not end before it starts, and the same helper may not
	 * be assigned twice to the commune on one day within the decision (other decisions are checked by the service).
	 */
	Assignment assign(Assignment.Terms terms, String helperLabel, String communeName) {
		requireDraft();
		if (terms.endOn() != null && terms.endOn().isBefore(terms.startOn())) {
			throw new ReversedTermException(terms.startOn(), terms.endOn());
		}
		for (Assignment other : assignments) {
			if (other.sameHelperAndCommune(terms) && other.overlaps(terms.startOn(), terms.endOn())) {
				throw new OverlappingAssignmentException(helperLabel, communeName, other.getStartOn(), other.getEndOn(),
						displayNumber());
			}
		}
		Assignment assignment = new Assignment(this, terms);
		assignments.add(assignment);
		return assignment;
	}

	void remove(long assignmentId) {
		requireDraft();
		assignments.remove(assignment(assignmentId));
	}

	/** Issues the draft: it needs a number, a signing date and at least one assignment. */
	void issue(Instant at) {
		requireDraft();
		if (Texts.clean(number) == null || signedOn == null) {
			throw new BusinessRuleException("assignment.decision.incomplete");
		}
		if (assignments.isEmpty()) {
			throw new BusinessRuleException("assignment.decision.empty");
		}
		status = DecisionStatus.ISSUED;
		issuedAt = at;
	}

	/** This decision replaces every open assignment of an earlier one. */
	void supersede(long earlierDecisionId) {
		requireDraft();
		this.supersedesId = earlierDecisionId;
	}

	Assignment assignment(long assignmentId) {
		return assignments.stream()
			.filter(a -> a.getId() != null && a.getId() == assignmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assignment.notFound", assignmentId));
	}

	/** The first day any of its terms starts: when issuing it ends the terms it replaces. */
	LocalDate effectiveOn() {
		return assignments.stream().map(Assignment::getStartOn).min(LocalDate::compareTo).orElse(signedOn);
	}

	void requireDraft() {
		if (status == DecisionStatus.ISSUED) {
			throw new IssuedDecisionException(displayNumber());
		}
	}

	String displayNumber() {
		return number != null ? number : "#" + id;
	}

	private void apply(Details details) {
		this.year = details.year();
		this.number = Texts.clean(details.number());
		this.title = Texts.clean(details.title());
		this.signedOn = details.signedOn();
		this.signerName = Texts.clean(details.signerName());
		this.signerTitle = Texts.clean(details.signerTitle());
		this.legalBasis = Texts.clean(details.legalBasis());
	}

	Long getId() {
		return id;
	}

	Tier getTier() {
		return tier;
	}

	Long getIssuerUnitId() {
		return issuerUnitId;
	}

	int getYear() {
		return year;
	}

	String getNumber() {
		return number;
	}

	String getTitle() {
		return title;
	}

	LocalDate getSignedOn() {
		return signedOn;
	}

	String getSignerName() {
		return signerName;
	}

	String getSignerTitle() {
		return signerTitle;
	}

	String getLegalBasis() {
		return legalBasis;
	}

	DecisionStatus getStatus() {
		return status;
	}

	boolean isIssued() {
		return status == DecisionStatus.ISSUED;
	}

	Long getSupersedesId() {
		return supersedesId;
	}

	long getVersion() {
		return version;
	}

	List<Assignment> getAssignments() {
		return List.copyOf(assignments);
	}

	@Override
	public String toString() {
		return "AssignmentDecision#" + id;
	}

	/** The header of a decision as typed on the form. */
	record Details(int year, String number, String title, LocalDate signedOn, String signerName, String signerTitle,
			String legalBasis) {
	}
}
