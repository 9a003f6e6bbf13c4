package vn.giupxa.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A folder on disk ({@code giupxa.files.directory}, default {@code data/files}), never served directly. */
@Component
class LocalFileStore implements FileStore {

	private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{40}");

	private final SecureRandom random = new SecureRandom();

	private final Path directory;

	LocalFileStore(@Value("${giupxa.files.directory:data/files}") String directory) {
		this.directory = Path.of(directory).toAbsolutePath().normalize();
	}

	@Override
	public String store(byte[] content) {
		byte[] name = new byte[20];
		random.nextBytes(name);
		String storedName = HexFormat.of().formatHex(name);
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(storedName), content, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return storedName;
	}

	@Override
	public InputStream open(String storedName) {
		try {
			return Files.newInputStream(path(storedName));
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	@Override
	public void delete(String storedName) {
		try {
			Files.deleteIfExists(path(storedName));
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private Path path(String storedName) {
		if (!STORED_NAME.matcher(storedName).matches()) {
			throw new IllegalArgumentException("Not a stored file name");
		}
		return directory.resolve(storedName);
	}
}
