package vn.giupxa.program;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.Texts;

/**
 * An effective-dated attribute of a commune that picks its thresholds: its region (vùng, old map) or
 * its commune group (nhóm 1/2/3, new map), decided by a competent body. A new decision ends the previous one.
 */
@Entity
@Table(name = "commune_classification")
class CommuneClassification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private ThresholdKey kind;

	private String value;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String decidedBy;

	private boolean illustrative;

	@Version
	private long version;

	protected CommuneClassification() {
	}

	CommuneClassification(long unitId, ThresholdKey kind, String value, LocalDate validFrom, String decidedBy) {
		if (kind == ThresholdKey.NONE || !kind.keyValues().contains(value)) {
			throw new BusinessRuleException("program.classification.value.invalid");
		}
		this.unitId = unitId;
		this.kind = kind;
		this.value = value;
		this.validFrom = validFrom;
		this.decidedBy = Texts.clean(decidedBy);
	}

	/** Ends this classification the day before its successor starts. */
	void endBefore(LocalDate successorStart) {
		if (!successorStart.isAfter(validFrom)) {
			throw new BusinessRuleException("program.classification.notAfterPrevious");
		}
		validTo = successorStart.minusDays(1);
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidTo() {
		return validTo;
	}

	@Override
	public String toString() {
		return "CommuneClassification#" + id;
	}
}
