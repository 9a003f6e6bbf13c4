package vn.giupxa.obstacle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;
import vn.giupxa.files.FileKind;
import vn.giupxa.files.FileStore;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.Texts;

/**
 * Files attached to an item: PDF, Word, Excel or photos, recognised by content and capped in size;
 * a refused file refuses the whole submission, and bytes of a rolled-back one are removed.
 */
@Component
class ObstacleAttachments {

	static final int MAX_FILES = 5;

	private final JdbcClient jdbc;

	private final FileStore store;

	private final AuditTrail audit;

	private final Clock clock;

	private final DataSize maxSize;

	ObstacleAttachments(JdbcClient jdbc, FileStore store, AuditTrail audit, Clock clock,
			@Value("${giupxa.files.max-size:10MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/** Checks the uploads; problems go to {@code errors} under the field {@code files}. */
	List<Checked> check(List<MultipartFile> uploads, Errors errors) {
		List<Checked> accepted = new ArrayList<>();
		List<MultipartFile> present = uploads == null ? List.of()
				: uploads.stream().filter(upload -> upload != null && !upload.isEmpty()).toList();
		if (present.size() > MAX_FILES) {
			errors.rejectValue("files", "obstacle.files.tooMany", new Object[] { MAX_FILES }, null);
			return List.of();
		}
		for (MultipartFile upload : present) {
			String name = Optional.ofNullable(Texts.clean(upload.getOriginalFilename())).orElse("tep");
			if (upload.getSize() > maxSize.toBytes()) {
				errors.rejectValue("files", "obstacle.files.tooLarge", new Object[] { name, maxSize.toMegabytes() }, null);
				continue;
			}
			byte[] content = bytes(upload);
			Optional<FileKind> kind = FileKind.detect(content);
			if (kind.isEmpty()) {
				errors.rejectValue("files", "obstacle.files.refusedType", new Object[] { name }, null);
				continue;
			}
			accepted.add(new Checked(name, kind.get(), content));
		}
		return accepted;
	}

	/** Stores checked files for an item in the caller's transaction. */
	void attach(long obstacleId, List<Checked> files) {
		for (Checked file : files) {
			String storedName = store.store(file.content());
			removeOnRollback(storedName);
			long id = jdbc.sql("""
					INSERT INTO obstacle_attachment (obstacle_id, stored_name, original_name, kind, size_bytes, uploaded_by, uploaded_at)
					VALUES (:obstacle, :stored, :name, :kind, :size, :by, :at) RETURNING id""")
				.param("obstacle", obstacleId)
				.param("stored", storedName)
				.param("name", truncate(file.name()))
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

	private void removeOnRollback(String storedName) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						store.delete(storedName);
					}
				}
			});
		}
	}

	private static byte[] bytes(MultipartFile upload) {
		try {
			return upload.getBytes();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static String truncate(String name) {
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

	record Checked(String name, FileKind kind, byte[] content) {
	}

	record Attachment(long id, String name, FileKind kind, long size) {
	}

	record Download(String name, FileKind kind, InputStream content) {
	}
}
