package vn.giupxa.fieldwork;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the helper records: the commune, the document (from the register), when and how, a note, the visit. */
record DisseminationForm(
		@NotBlank(message = "{dissemination.commune.required}") String communeCode,
		@NotNull(message = "{dissemination.document.required}") Long documentId,
		@NotNull(message = "{dissemination.passedOn.required}") LocalDate passedOn,
		@NotNull(message = "{dissemination.channel.required}") DisseminationChannel channel,
		@Size(max = 2000, message = "{dissemination.note.tooLong}") String note,
		Long visitId) {

	static DisseminationForm empty(String communeCode, Long documentId, LocalDate today) {
		return new DisseminationForm(communeCode, documentId, today, null, "", null);
	}
}
