package vn.giupxa.program;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page written whole: the text the view writes is kept in memory, encoded in one go and sent with its length
 * once the request is done. The province matrix is about 80 kB of text; written piece by piece through the
 * session's and security's response wrappers into the server's character-by-character UTF-8 writer, the writing
 * was a sixth of the page's processor time (bench/program). Sent whole, the page is also never half sent: the
 * session is saved and the headers are set before the first byte leaves, and an error while rendering still gets
 * its error page.
 */
final class WholePageResponse extends HttpServletResponseWrapper {

	private final Text text = new Text();

	private PrintWriter writer;

	private boolean streaming;

	WholePageResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public PrintWriter getWriter() {
		if (streaming) {
			throw new IllegalStateException("getOutputStream() has already been called for this response");
		}
		if (writer == null) {
			writer = new PrintWriter(text, false);
		}
		return writer;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (writer != null) {
			throw new IllegalStateException("getWriter() has already been called for this response");
		}
		streaming = true;
		return super.getOutputStream();
	}

	/** Sends what was written so far and commits the response, as the server would. */
	@Override
	public void flushBuffer() throws IOException {
		send();
		super.flushBuffer();
	}

	@Override
	public void resetBuffer() {
		text.clear();
		super.resetBuffer();
	}

	@Override
	public void reset() {
		text.clear();
		super.reset();
	}

	@Override
	public void sendError(int status) throws IOException {
		text.clear();
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		text.clear();
		super.sendError(status, message);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		text.clear();
		super.sendRedirect(location);
	}

	/** Sends the page: its text in the response's character encoding, with its length when not yet committed. */
	void send() throws IOException {
		if (text.isEmpty()) {
			return;
		}
		byte[] bytes = text.toString().getBytes(Charset.forName(getCharacterEncoding()));
		text.clear();
		if (!isCommitted()) {
			setContentLength(bytes.length);
		}
		super.getOutputStream().write(bytes);
	}

	/** A writer into a {@link StringBuilder} (no locking: a response is written by one thread). */
	private static final class Text extends Writer {

		private final StringBuilder chars = new StringBuilder(96 * 1024);

		@Override
		public void write(char[] buffer, int offset, int length) {
			chars.append(buffer, offset, length);
		}

		@Override
		public void write(String string, int offset, int length) {
			chars.append(string, offset, offset + length);
		}

		@Override
		public void write(int c) {
			chars.append((char) c);
		}

		@Override
		public Writer append(CharSequence sequence) {
			chars.append(sequence);
			return this;
		}

		@Override
		public void flush() {
			// kept until the page is sent whole
		}

		@Override
		public void close() {
			// the response sends it
		}

		boolean isEmpty() {
			return chars.length() == 0;
		}

		void clear() {
			chars.setLength(0);
		}

		@Override
		public String toString() {
			return chars.toString();
		}
	}

	/** Gives the request's page a {@link WholePageResponse} and sends it when the request is done. */
	static final class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			WholePageResponse page = new WholePageResponse(response);
			chain.doFilter(request, page);
			page.send();
		}
	}
}
