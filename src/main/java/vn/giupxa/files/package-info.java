/**
 * Uploaded files: where their bytes live ({@link vn.giupxa.files.FileStore}, random names outside the
 * web root) and what they really are ({@link vn.giupxa.files.FileKind}, by content, never by name).
 */
package vn.giupxa.files;
