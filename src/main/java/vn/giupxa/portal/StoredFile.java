package vn.giupxa.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.Texts;

import vn.giupxa.files.FileKind;

/** A file ("tệp đính kèm") of an official document, or an article image: its name as uploaded and where it is stored. */
@Entity
@Table(name = "portal_file")
class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String storedName;

	private String originalName;

	@Enumerated(EnumType.STRING)
	private FileKind kind;

	private long sizeBytes;

	private Long documentId;

	private Instant uploadedAt;

	private String uploadedBy;

	private long downloadCount;

	@Version
	private long version;

	protected StoredFile() {
	}

	StoredFile(String storedName, String originalName, FileKind kind, long sizeBytes, Long documentId,
			Instant uploadedAt, String uploadedBy) {
		this.storedName = storedName;
		String name = Texts.clean(originalName);
		this.originalName = name == null ? "tep" + kind.extension() : name.substring(0, Math.min(name.length(), 255));
		this.kind = kind;
		this.sizeBytes = sizeBytes;
		this.documentId = documentId;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	Long getId() {
		return id;
	}

	String getStoredName() {
		return storedName;
	}

	String getOriginalName() {
		return originalName;
	}

	FileKind getKind() {
		return kind;
	}

	long getSizeBytes() {
		return sizeBytes;
	}

	Long getDocumentId() {
		return documentId;
	}

	@Override
	public String toString() {
		return "StoredFile#" + id;
	}
}
