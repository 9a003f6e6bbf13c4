package vn.giupxa.obstacle;

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
 * Files attached to an item: PDF, Word, Excel or photos, recognised by content and capped in size;
 * a refused file refuses the whole submission, and bytes of a rolled-back one are removed.
 */
@Component
class ObstacleAttachments {

	static final int MAX_FILES = 5;

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private final FileStore store;

	private final AuditTrail audit;

	private final Clock clock;

	ObstacleAttachments(JdbcClient jdbc, Uploads uploads, FileStore store, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** Checks the uploads; problems go to {@code errors} under the field {@code files}. */
	List<Uploads.Upload> check(List<MultipartFile> files, Errors errors) {
		return uploads.check(files, MAX_FILES, errors, "files", "obstacle.files.");
	}

	/** Stores checked files for an item in the caller's transaction. */
	void attach(long obstacleId, List<Uploads.Upload> files) {
		for (Uploads.Upload file : files) {
			long id = jdbc.sql("""
					INSERT INTO obstacle_attachment (obstacle_id, stored_name, original_name, kind, size_bytes, uploaded_by, uploaded_at)
					VALUES (:obstacle, :stored, :name, :kind, :size, :by, :at) RETURNING id""")
				.param("obstacle", obstacleId)
				.param("stored", uploads.store(file))
				.param("name", file.name())
				.param("kind", file.kind().name())
				.param("size", file.content().length)
				.param("by", CurrentUser.usernameOrAnonymous())
				.param("at", OffsetDateTime.now(clock))
				.query(Long.class)
				.single();
			audit.record(AuditAction.CREATE, "ObstacleAttachment", id, "obstacle " + obstacleId + ": " + file.name());
		}
	}

	List<Attachment> of(long obstacleId) {
		return jdbc.sql("SELECT id, original_name, kind, size_bytes FROM obstacle_attachment WHERE obstacle_id = :id ORDER BY id")
			.param("id", obstacleId)
			.query((rs, n) -> new Attachment(rs.getLong("id"), rs.getString("original_name"),
					FileKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes")))
			.list();
	}

	Optional<Download> download(long obstacleId, long attachmentId) {
		return jdbc.sql("""
				SELECT stored_name, original_name, kind FROM obstacle_attachment WHERE id = :id AND obstacle_id = :obstacle""")
			.param("id", attachmentId)
			.param("obstacle", obstacleId)
			.query((rs, n) -> new Download(rs.getString("original_name"), FileKind.valueOf(rs.getString("kind")),
					store.open(rs.getString("stored_name"))))
			.optional();
	}

	record Attachment(long id, String name, FileKind kind, long size) {
	}

	record Download(String name, FileKind kind, InputStream content) {
	}
}
