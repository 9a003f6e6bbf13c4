package vn.giupxa.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import vn.giupxa.shared.CurrentUser;

import vn.giupxa.files.FileKind;
import vn.giupxa.files.FileStore;

/**
 * Takes uploads in: size within the cap ({@code giupxa.files.max-size}), kind recognised by content,
 * bytes in the {@link FileStore}, a {@link StoredFile} row in the same transaction (the stored
 * bytes are removed again if it rolls back, so a refused or failed upload leaves nothing behind).
 */
@Service
class FileService {

	private final FileStore store;

	private final StoredFileRepository files;

	private final Clock clock;

	private final DataSize maxSize;

	FileService(FileStore store, StoredFileRepository files, Clock clock,
			@Value("${giupxa.files.max-size:10MB}") DataSize maxSize) {
		this.store = store;
		this.files = files;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	DataSize maxSize() {
		return maxSize;
	}

	/** Stores a document file (PDF, DOCX, XLSX) of the given document. */
	@Transactional
	StoredFile acceptDocumentFile(long documentId, String originalName, byte[] content) {
		FileKind kind = check(content).filter(k -> !k.image())
			.orElseThrow(() -> new RefusedFileException("portal.file.refusedType"));
		return save(new StoredFileSpec(originalName, kind, documentId), content);
	}

	/** Stores an article image (PNG, JPEG). */
	@Transactional
	StoredFile acceptImage(String originalName, byte[] content) {
		FileKind kind = check(content).filter(FileKind::image)
			.orElseThrow(() -> new RefusedFileException("portal.file.refusedImage"));
		return save(new StoredFileSpec(originalName, kind, null), content);
	}

	/** Refuses (throws) what is not a PNG or JPEG within the size cap. */
	void checkImage(byte[] content) {
		check(content).filter(FileKind::image).orElseThrow(() -> new RefusedFileException("portal.file.refusedImage"));
	}

	private Optional<FileKind> check(byte[] content) {
		if (content == null || content.length == 0) {
			throw new RefusedFileException("portal.file.empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw new RefusedFileException("portal.file.tooLarge", maxSize.toMegabytes());
		}
		return FileKind.detect(content);
	}

	private StoredFile save(StoredFileSpec spec, byte[] content) {
		String storedName = store.store(content);
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
		Instant now = Instant.now(clock);
		return files.save(new StoredFile(storedName, spec.originalName(), spec.kind(), content.length,
				spec.documentId(), now, CurrentUser.usernameOrAnonymous()));
	}

	private record StoredFileSpec(String originalName, FileKind kind, Long documentId) {
	}
}
