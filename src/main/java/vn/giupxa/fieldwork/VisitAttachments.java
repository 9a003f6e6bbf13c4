package vn.giupxa.fieldwork;

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
 * Photos and files of a visit report: PDF, Word, Excel, PNG or JPEG recognised by content and capped in size; a
 * refused file refuses the whole report, and the bytes of a rolled-back report are removed.
 */
@Component
class VisitAttachments {

	static final int MAX_FILES = 10;

	private final JdbcClient jdbc;

	private final FileStore store;

	private final AuditTrail audit;

	private final Clock clock;

	private final DataSize maxSize;

	VisitAttachments(JdbcClient jdbc, FileStore store, AuditTrail audit, Clock clock,
			@Value("${giupxa.files.max-size:10MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/** Checks the uploads; problems go to {@code errors} under the field {@code files}. */
	List<Checked> check(List<MultipartFile> uploads, Errors errors) {
		List<MultipartFile> present = uploads == null ? List.of()
				: uploads.stream().filter(upload -> upload != null && !upload.isEmpty()).toList();
		if (present.size() > MAX_FILES) {
			errors.rejectValue("files", "visitattachment.tooMany", new Object[] { String.valueOf(MAX_FILES) }, null);
			return List.of();
		}
		List<Checked> accepted = new ArrayList<>();
		for (MultipartFile upload : present) {
			String name = Optional.ofNullable(Texts.clean(upload.getOriginalFilename())).orElse("tep");
			if (upload.getSize() > maxSize.toBytes()) {
				errors.rejectValue("files", "visitattachment.tooLarge",
						new Object[] { name, String.valueOf(maxSize.toMegabytes()) }, null);
				continue;
			}
			byte[] content = bytes(upload);
			Optional<FileKind> kind = FileKind.detect(content);
			if (kind.isEmpty()) {
				errors.rejectValue("files", "visitattachment.refusedType", new Object[] { name }, null);
				continue;
			}
			accepted.add(new Checked(name, kind.get(), content));
		}
		return accepted;
	}

	/** Stores checked files for a visit in the caller's transaction. */
	void attach(long visitId, List<Checked> files) {
		for (Checked file : files) {
			String storedName = store.store(file.content());
			removeOnRollback(storedName);
			long id = jdbc.sql("""
					INSERT INTO field_visit_attachment (visit_id, stored_name, original_name, kind, size_bytes, uploaded_by, uploaded_at)
					VALUES (:visit, :stored, :name, :kind, :size, :by, :at) RETURNING id""")
				.param("visit", visitId)
				.param("stored", storedName)
				.param("name", truncate(file.name()))
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
