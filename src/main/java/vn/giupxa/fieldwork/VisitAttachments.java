package vn.giupxa.fieldwork;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.giupxa.audit.AuditTrail;
import vn.giupxa.files.AttachmentTable;
import vn.giupxa.files.FileStore;
import vn.giupxa.files.Uploads;

/**
 * Photos and files of a visit report: PDF, Word, Excel, PNG or JPEG recognised by content and capped in size; a
 * refused file refuses the whole report, and the bytes of a rolled-back report are removed.
 */
@Component
class VisitAttachments {

	static final int MAX_FILES = 10;

	private final Uploads uploads;

	private final AttachmentTable table;

	VisitAttachments(JdbcClient jdbc, Uploads uploads, FileStore store, AuditTrail audit, Clock clock) {
		this.uploads = uploads;
		this.table = new AttachmentTable(jdbc, uploads, store, audit, clock, "field_visit_attachment", "visit_id", "VisitAttachment");
	}

	/** Checks the uploads; problems go to {@code errors} under the field {@code files}. */
	List<Uploads.Upload> check(List<MultipartFile> files, Errors errors) {
		return uploads.check(files, MAX_FILES, errors, "files", "visitattachment.");
	}

	/** Stores checked files for a visit in the caller's transaction. */
	void attach(long id, List<Uploads.Upload> files) {
		table.attach(id, files);
	}

	List<AttachmentTable.Attachment> of(long id) {
		return table.of(id);
	}

	Optional<AttachmentTable.Download> download(long id, long attachmentId) {
		return table.download(id, attachmentId);
	}
}
