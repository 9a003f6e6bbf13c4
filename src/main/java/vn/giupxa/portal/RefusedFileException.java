package vn.giupxa.portal;

import vn.giupxa.shared.BusinessRuleException;

/** An upload the portal does not take: empty, too large, or not a PDF, DOCX, XLSX (or image) by its content. */
class RefusedFileException extends BusinessRuleException {

	RefusedFileException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
