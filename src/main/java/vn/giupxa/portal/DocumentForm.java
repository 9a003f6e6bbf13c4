package vn.giupxa.portal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** An official document as the editor types it. */
record DocumentForm(
		@NotBlank(message = "{portal.document.numberSymbol.required}")
		@Size(max = 60, message = "{portal.document.numberSymbol.size}") String numberSymbol,
		@NotNull(message = "{portal.document.type.required}") DocumentType type,
		@NotNull(message = "{portal.document.issuedOn.required}")
		@PastOrPresent(message = "{portal.document.issuedOn.future}") LocalDate issuedOn,
		@NotBlank(message = "{portal.document.issuer.required}")
		@Size(max = 200, message = "{portal.document.issuer.size}") String issuer,
		@Size(max = 150, message = "{portal.document.signer.size}") String signer,
		@NotBlank(message = "{portal.document.summary.required}")
		@Size(max = 1000, message = "{portal.document.summary.size}") String summary,
		Long version) {

	static DocumentForm empty() {
		return new DocumentForm("", DocumentType.OFFICIAL_LETTER, null, "", "", "", null);
	}
}
