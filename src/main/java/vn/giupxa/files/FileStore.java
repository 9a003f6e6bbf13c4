package vn.giupxa.files;

import java.io.InputStream;

/**
 * Where uploaded files live, under random names. One node writes a local folder outside the web
 * root; a cluster uses a shared volume or an S3-compatible store behind the same interface.
 */
public interface FileStore {

	/** Stores the bytes under a new random name and returns that name. */
	String store(byte[] content);

	InputStream open(String storedName);

	void delete(String storedName);
}
