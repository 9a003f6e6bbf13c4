package vn.giupxa.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.Texts;

/**
 * A commune's scorecard ("đánh giá mức độ đạt tiêu chí của xã") for one criteria set and one period:
 * the values the commune entered, and its workflow draft → submitted → verified, or returned with a reason.
 */
@Entity
@Table(name = "criteria_assessment")
class CriteriaAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private long setId;

	private String period;

	@Enumerated(EnumType.STRING)
	private AssessmentStatus status;

	private String returnReason;

	private String submittedBy;

	private Instant submittedAt;

	private String verifiedBy;

	private Instant verifiedAt;

	private Instant changedAt;

	private boolean illustrative;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "assessment_id", nullable = false)
	private List<AssessmentValue> values = new ArrayList<>();

	@Version
	private long version;

	protected CriteriaAssessment() {
	}

	CriteriaAssessment(long unitId, long setId, String period, Instant now) {
		this.unitId = unitId;
		this.setId = setId;
		this.period = period;
		this.status = AssessmentStatus.DRAFT;
		this.changedAt = now;
	}

	/** Records (or corrects) one indicator's value; refused once submitted or verified. */
	void enter(long indicatorId, BigDecimal value, Boolean met, String evidence, String by, Instant now) {
		if (!status.editable()) {
			throw new ScorecardLockedException(status);
		}
		if (value != null && value.signum() < 0) {
			throw new BusinessRuleException("program.value.negative");
		}
		Optional<AssessmentValue> existing = valueOf(indicatorId);
		if (existing.isPresent()) {
			existing.get().change(value, met, evidence, by, now);
		}
		else {
			values.add(new AssessmentValue(indicatorId, value, met, evidence, by, now));
		}
		changedAt = now;
	}

	void submit(String by, Instant now) {
		if (!status.editable()) {
			throw new IllegalScorecardTransitionException("program.scorecard.transition.submit");
		}
		if (values.isEmpty()) {
			throw new BusinessRuleException("program.scorecard.empty");
		}
		status = AssessmentStatus.SUBMITTED;
		submittedBy = by;
		submittedAt = now;
		returnReason = null;
		changedAt = now;
	}

	void verify(String by, Instant now) {
		if (status != AssessmentStatus.SUBMITTED) {
			throw new IllegalScorecardTransitionException("program.scorecard.transition.verify");
		}
		status = AssessmentStatus.VERIFIED;
		verifiedBy = by;
		verifiedAt = now;
		changedAt = now;
	}

	/** Sends a submitted or verified scorecard back to the commune, saying why. */
	void returnWithReason(String reason, Instant now) {
		String cleaned = Texts.clean(reason);
		if (cleaned == null) {
			throw new BusinessRuleException("program.scorecard.reason.required");
		}
		if (status != AssessmentStatus.SUBMITTED && status != AssessmentStatus.VERIFIED) {
			throw new IllegalScorecardTransitionException("program.scorecard.transition.return");
		}
		status = AssessmentStatus.RETURNED;
		returnReason = cleaned;
		verifiedBy = null;
		verifiedAt = null;
		changedAt = now;
	}

	Optional<AssessmentValue> valueOf(long indicatorId) {
		return values.stream().filter(v -> v.getIndicatorId() == indicatorId).findFirst();
	}

	Long getId() {
		return id;
	}

	long getUnitId() {
		return unitId;
	}

	long getSetId() {
		return setId;
	}

	String getPeriod() {
		return period;
	}

	AssessmentStatus getStatus() {
		return status;
	}

	String getReturnReason() {
		return returnReason;
	}

	boolean isIllustrative() {
		return illustrative;
	}

	long getVersion() {
		return version;
	}

	@Override
	public String toString() {
		return "CriteriaAssessment#" + id;
	}
}
