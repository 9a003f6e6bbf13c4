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

import vn.giupxa.shared.Texts;

/**
 * A province's decision that a commune meets a standard ("công nhận đạt chuẩn"), or re-acknowledges
 * it after a merger ("thừa nhận"). Decisions before 1/7/2025 stay with the old commune's unit.
 */
@Entity
@Table(name = "recognition")
class Recognition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private RecognitionKind kind;

	@Enumerated(EnumType.STRING)
	private NtmStandard standard;

	private String decisionNumber;

	private LocalDate decidedOn;

	private String note;

	private boolean illustrative;

	@Version
	private long version;

	protected Recognition() {
	}

	Recognition(long unitId, RecognitionKind kind, NtmStandard standard, String decisionNumber, LocalDate decidedOn,
			String note) {
		this.unitId = unitId;
		this.kind = kind;
		this.standard = standard;
		this.decisionNumber = Texts.clean(decisionNumber);
		this.decidedOn = decidedOn;
		this.note = Texts.clean(note);
	}

	Long getId() {
		return id;
	}

	@Override
	public String toString() {
		return "Recognition#" + id;
	}
}
