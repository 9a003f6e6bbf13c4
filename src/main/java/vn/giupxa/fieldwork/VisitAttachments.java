package vn.giupxa.fieldwork;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;
import vn.giupxa.files.FileKind;
import vn.giupxa.files.FileStore;
import vn.giupxa.files.Uploads;
import vn.giupxa.shared.CurrentUser;

/**
 * Photos and files of a visit report: PDF, Word, Excel, PNG or JPEG recognised by content and capped in size; a
 * refused file refuses the whole report, and the bytes of a rolled-back report are removed.
 */
@Component
class VisitAttachments {

	static final int MAX_FILES = 10;

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private final FileStore store;

	private final AuditTrail audit;

	private final Clock clock;

	VisitAttachments(JdbcClient jdbc, Uploads uploads, FileStore store, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** Checks the uploads; problems go to {@code errors} under the field {@code files}. */
	List<Uploads.Upload> check(List<MultipartFile> files, Errors errors) {
		return uploads.check(files, MAX_FILES, errors, "files", "visitattachment.");
	}

	/** Stores checked files for a visit in the caller's transaction. */
	void attach(long visitId, List<Uploads.Upload> files) {
		for (Uploads.Upload file : files) {
			long id = jdbc.sql("""
					INSERT INTO field_visit_attachment (visit_id, stored_name, original_name, kind, size_bytes, uploaded_by, uploaded_at)
					VALUES (:visit, :stored, :name, :kind, :size, :by, :at) RETURNING id""")
				.param("visit", visitId)
				.param("stored", uploads.store(file))
				.param("name", file.name())
				.param("kind", file.kind().name())
				.param("size", file.content().length)
				.param("by", CurrentUser.usernameOrAnonymous())
				.param("at", OffsetDateTime.now(clock))
				.query(Long.class)
				.single();
			audit.record(AuditAction.CREATE, "VisitAttachment", id, "visit " + visitId + ": " + file.name());
		}
	}

	List<Attachment> of(long visitId) {
		return jdbc.sql("SELECT id, original_name, kind, size_bytes FROM field_visit_attachment WHERE visit_id = :id ORDER BY id")
			.param("id", visitId)
			.query((rs, n) -> new Attachment(rs.getLong("id"), rs.getString("original_name"),
					FileKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes")))
			.list();
	}

	Optional<Download> download(long visitId, long attachmentId) {
		return jdbc.sql("""
				SELECT stored_name, original_name, kind FROM field_visit_attachment WHERE id = :id AND visit_id = :visit""")
			.param("id", attachmentId)
			.param("visit", visitId)
			.query((rs, n) -> new Download(rs.getString("original_name"), FileKind.valueOf(rs.getString("kind")),
					store.open(rs.getString("stored_name"))))
			.optional();
	}

	/** An attached file as the visit page lists it; images are shown as thumbnails. */
	record Attachment(long id, String name, FileKind kind, long size) {

		public boolean image() {
			return kind.image();
		}

		public long kilobytes() {
			return size / 1024 + 1;
		}
	}

	record Download(String name, FileKind kind, InputStream content) {
	}
}
