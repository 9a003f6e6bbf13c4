package vn.giupxa.portal;

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

import vn.giupxa.shared.Texts;

/**
 * An official document ("văn bản") in the public register: number and symbol ({@code 4393/UBND-NLN}),
 * type, issue date, issuer, signer and summary. Its files are {@link StoredFile}s.
 */
@Entity
@Table(name = "portal_document")
class OfficialDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String numberSymbol;

	@Enumerated(EnumType.STRING)
	private DocumentType type;

	private LocalDate issuedOn;

	private String issuer;

	private String signer;

	private String summary;

	private Instant createdAt;

	@Version
	private long version;

	protected OfficialDocument() {
	}

	OfficialDocument(DocumentForm form, Instant now) {
		this.createdAt = now;
		update(form);
	}

	void update(DocumentForm form) {
		this.numberSymbol = Texts.clean(form.numberSymbol());
		this.type = form.type();
		this.issuedOn = form.issuedOn();
		this.issuer = Texts.clean(form.issuer());
		this.signer = Texts.clean(form.signer());
		this.summary = Texts.clean(form.summary());
	}

	DocumentForm toForm() {
		return new DocumentForm(numberSymbol, type, issuedOn, issuer, signer, summary, version);
	}

	Long getId() {
		return id;
	}

	String getNumberSymbol() {
		return numberSymbol;
	}

	long getVersion() {
		return version;
	}

	@Override
	public String toString() {
		return "OfficialDocument#" + id;
	}
}
