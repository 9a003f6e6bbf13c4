package vn.giupxa.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.giupxa.shared.Texts;

/**
 * The one way a module takes files from a form: each upload is checked against the size cap
 * ({@code giupxa.files.max-size}) and recognised by content ({@link FileKind}); stored bytes of a transaction that
 * rolls back are removed again. Problems go to the form's errors with the caller's message keys, so the form is
 * shown again with what was typed.
 */
@Component
public class Uploads {

	private final FileStore store;

	private final DataSize maxSize;

	Uploads(FileStore store, @Value("${giupxa.files.max-size:10MB}") DataSize maxSize) {
		this.store = store;
		this.maxSize = maxSize;
	}

	/**
	 * The acceptable uploads among {@code uploads} (empty parts are ignored). Refusals go to {@code errors} under
	 * {@code field} with the keys {@code keyPrefix + "tooMany"} (argument: the limit), {@code "tooLarge"} (the file
	 * name, the cap in MB) and {@code "refusedType"} (the file name).
	 */
	public List<Upload> check(List<MultipartFile> uploads, int maxFiles, Errors errors, String field, String keyPrefix) {
		List<MultipartFile> present = uploads == null ? List.of()
				: uploads.stream().filter(upload -> upload != null && !upload.isEmpty()).toList();
		if (present.size() > maxFiles) {
			errors.rejectValue(field, keyPrefix + "tooMany", new Object[] { String.valueOf(maxFiles) }, null);
			return List.of();
		}
		List<Upload> accepted = new ArrayList<>();
		for (MultipartFile upload : present) {
			String name = Optional.ofNullable(Texts.clean(upload.getOriginalFilename())).orElse("tep");
			if (upload.getSize() > maxSize.toBytes()) {
				errors.rejectValue(field, keyPrefix + "tooLarge", new Object[] { name, String.valueOf(maxSize.toMegabytes()) },
						null);
				continue;
			}
			byte[] content = bytes(upload);
			Optional<FileKind> kind = FileKind.detect(content);
			if (kind.isEmpty()) {
				errors.rejectValue(field, keyPrefix + "refusedType", new Object[] { name }, null);
				continue;
			}
			accepted.add(new Upload(name.length() <= 255 ? name : name.substring(name.length() - 255), kind.get(), content));
		}
		return accepted;
	}

	/** Stores the bytes and returns the stored name; they are deleted again if the caller's transaction rolls back. */
	public String store(Upload upload) {
		String storedName = store.store(upload.content());
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
		return storedName;
	}

	private static byte[] bytes(MultipartFile upload) {
		try {
			return upload.getBytes();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** An accepted upload: its name as sent (NFC, at most 255 characters), what it really is, its bytes. */
	public record Upload(String name, FileKind kind, byte[] content) {
	}
}
