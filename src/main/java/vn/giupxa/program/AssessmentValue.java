package vn.giupxa.program;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.giupxa.shared.Texts;

/** One indicator's measured value in a scorecard, with its evidence (a link or document reference) and who entered it. */
@Entity
@Table(name = "assessment_value")
class AssessmentValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long indicatorId;

	private BigDecimal value;

	private Boolean met;

	private String evidence;

	private String enteredBy;

	private Instant enteredAt;

	protected AssessmentValue() {
	}

	AssessmentValue(long indicatorId, BigDecimal value, Boolean met, String evidence, String by, Instant now) {
		this.indicatorId = indicatorId;
		change(value, met, evidence, by, now);
	}

	void change(BigDecimal value, Boolean met, String evidence, String by, Instant now) {
		this.value = value;
		this.met = met;
		this.evidence = Texts.clean(evidence);
		this.enteredBy = by;
		this.enteredAt = now;
	}

	long getIndicatorId() {
		return indicatorId;
	}

	@Override
	public String toString() {
		return "AssessmentValue#" + id;
	}
}
