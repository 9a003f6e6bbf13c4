package vn.giupxa.files;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;
import vn.giupxa.shared.CurrentUser;

/**
 * The files attached to the records of one kind (an obstacle, a field visit), kept in the module's own table with
 * the same columns ({@code id}, the owner's key, {@code stored_name}, {@code original_name}, {@code kind},
 * {@code size_bytes}, {@code uploaded_by}, {@code uploaded_at}). Each attachment is written in the caller's
 * transaction and audited; bytes come from {@link Uploads}, which removes them again if that transaction rolls back.
 */
public final class AttachmentTable {

	private static final Pattern NAME = Pattern.compile("[a-z_]+");

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private final FileStore store;

	private final AuditTrail audit;

	private final Clock clock;

	private final String table;

	private final String ownerColumn;

	private final String auditedAs;

	/**
	 * @param table the module's attachment table; {@code ownerColumn} its key to the owning record (both fixed names
	 * from code, never input)
	 * @param auditedAs the entity name audit rows carry, e.g. "VisitAttachment"
	 */
	public AttachmentTable(JdbcClient jdbc, Uploads uploads, FileStore store, AuditTrail audit, Clock clock, String table,
			String ownerColumn, String auditedAs) {
		if (!NAME.matcher(table).matches() || !NAME.matcher(ownerColumn).matches()) {
			throw new IllegalArgumentException("not a table or column name: " + table + "." + ownerColumn);
		}
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.table = table;
		this.ownerColumn = ownerColumn;
		this.auditedAs = auditedAs;
	}

	/** Stores checked files for one record, in the caller's transaction. */
	public void attach(long ownerId, List<Uploads.Upload> files) {
		for (Uploads.Upload file : files) {
			long id = jdbc.sql("INSERT INTO " + table + " (" + ownerColumn
					+ ", stored_name, original_name, kind, size_bytes, uploaded_by, uploaded_at)"
					+ " VALUES (:owner, :stored, :name, :kind, :size, :by, :at) RETURNING id")
				.param("owner", ownerId)
				.param("stored", uploads.store(file))
				.param("name", file.name())
				.param("kind", file.kind().name())
				.param("size", file.content().length)
				.param("by", CurrentUser.usernameOrAnonymous())
				.param("at", OffsetDateTime.now(clock))
				.query(Long.class)
				.single();
			audit.record(AuditAction.CREATE, auditedAs, id, ownerColumn.replaceFirst("_id$", "") + " " + ownerId + ": " + file.name());
		}
	}

	/** The files of one record, in the order they were attached. */
	public List<Attachment> of(long ownerId) {
		return jdbc.sql("SELECT id, original_name, kind, size_bytes FROM " + table + " WHERE " + ownerColumn
				+ " = :owner ORDER BY id")
			.param("owner", ownerId)
			.query((rs, n) -> new Attachment(rs.getLong("id"), rs.getString("original_name"),
					FileKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes")))
			.list();
	}

	/** One file of one record (empty when the file belongs to another record). */
	public Optional<Download> download(long ownerId, long attachmentId) {
		return jdbc.sql("SELECT stored_name, original_name, kind FROM " + table + " WHERE id = :id AND " + ownerColumn
				+ " = :owner")
			.param("id", attachmentId)
			.param("owner", ownerId)
			.query((rs, n) -> new Download(rs.getString("original_name"), FileKind.valueOf(rs.getString("kind")),
					store.open(rs.getString("stored_name"))))
			.optional();
	}

	/** An attached file as pages list it; images can be shown as thumbnails. */
	public record Attachment(long id, String name, FileKind kind, long size) {

		public boolean image() {
			return kind.image();
		}

		public long kilobytes() {
			return size / 1024 + 1;
		}
	}

	/** The bytes of a file to send, with its original name and kind. */
	public record Download(String name, FileKind kind, InputStream content) {
	}
}
