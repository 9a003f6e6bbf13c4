package vn.giupxa.fieldwork;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A policy document of the portal's register passed to a commune ("phổ biến chính sách", A1). */
@Entity
@Table(name = "dissemination")
class Dissemination {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communeId;

	private String communePath;

	private Long documentId;

	private LocalDate passedOn;

	@Enumerated(EnumType.STRING)
	private DisseminationChannel channel;

	private String note;

	private Long visitId;

	private String recordedBy;

	private Instant recordedAt;

	@Version
	private long version;

	protected Dissemination() {
	}

	Dissemination(long communeId, String communePath, long documentId, LocalDate passedOn, DisseminationChannel channel,
			String note, Long visitId, String by, Instant now) {
		this.communeId = communeId;
		this.communePath = communePath;
		this.documentId = documentId;
		this.passedOn = passedOn;
		this.channel = channel;
		this.note = note;
		this.visitId = visitId;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	Long getId() {
		return id;
	}
}
