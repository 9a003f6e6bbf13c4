package vn.giupxa.portal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import vn.giupxa.shared.NotFoundException;

/** Recording and correcting official documents; a number and symbol is unique per issue date. */
@Service
@Transactional
class DocumentService {

	private final OfficialDocumentRepository documents;

	private final PortalReader reader;

	private final Clock clock;

	DocumentService(OfficialDocumentRepository documents, PortalReader reader, Clock clock) {
		this.documents = documents;
		this.reader = reader;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	OfficialDocument document(long id) {
		return documents.findById(id).orElseThrow(() -> new NotFoundException("portal.document.notFound"));
	}

	OfficialDocument create(DocumentForm form, BindingResult result) {
		if (documents.existsByNumberSymbolAndIssuedOn(vn.giupxa.shared.Texts.clean(form.numberSymbol()), form.issuedOn())) {
			result.rejectValue("numberSymbol", "portal.document.numberSymbol.taken");
			return null;
		}
		OfficialDocument document = documents.save(new OfficialDocument(form, Instant.now(clock)));
		reader.invalidate();
		return document;
	}

	boolean update(long id, DocumentForm form, BindingResult result) {
		OfficialDocument document = document(id);
		if (form.version() == null || form.version() != document.getVersion()) {
			result.reject("error.stale");
			return false;
		}
		document.update(form);
		reader.invalidate();
		return true;
	}
}
