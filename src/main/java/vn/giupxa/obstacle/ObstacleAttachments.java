package vn.giupxa.obstacle;

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
 * Files attached to an item: PDF, Word, Excel or photos, recognised by content and capped in size;
 * a refused file refuses the whole submission, and bytes of a rolled-back one are removed.
 */
@Component
class ObstacleAttachments {

	static final int MAX_FILES = 5;

	private final Uploads uploads;

	private final AttachmentTable table;

	ObstacleAttachments(JdbcClient jdbc, Uploads uploads, FileStore store, AuditTrail audit, Clock clock) {
		this.uploads = uploads;
		this.table = new AttachmentTable(jdbc, uploads, store, audit, clock, "obstacle_attachment", "obstacle_id", "ObstacleAttachment");
	}

	/** Checks the uploads; problems go to {@code errors} under the field {@code files}. */
	List<Uploads.Upload> check(List<MultipartFile> files, Errors errors) {
		return uploads.check(files, MAX_FILES, errors, "files", "obstacle.files.");
	}

	/** Stores checked files for an item in the caller's transaction. */
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
