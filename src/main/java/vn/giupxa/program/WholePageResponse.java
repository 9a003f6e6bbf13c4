package vn.giupxa.program;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page written whole: the text the view writes is encoded as it comes into a buffer in memory and sent with its
 * length once the request is done. The province matrix is about 80 kB of text; written piece by piece through the
 * session's and security's response wrappers into the server's character-by-character UTF-8 writer, the writing
 * was a sixth of the page's processor time (bench/program). Sent whole, the page is also never half sent: the
 * session is saved and the headers are set before the first byte leaves, and an error while rendering still gets
 * its error page. The text is encoded once, in the encoding the response has when the view asks for its writer (as
 * the servlet specification fixes it then), not kept as text and copied again before encoding: those copies were
 * two fifths of the page's allocations (bench/program, JFR).
 */
final class WholePageResponse extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(96 * 1024);

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
			writer = new PrintWriter(new OutputStreamWriter(bytes, Charset.forName(getCharacterEncoding())), false);
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
		clear();
		super.resetBuffer();
	}

	@Override
	public void reset() {
		clear();
		super.reset();
	}

	@Override
	public void sendError(int status) throws IOException {
		clear();
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		clear();
		super.sendError(status, message);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		clear();
		super.sendRedirect(location);
	}

	/** Sends the page: its bytes, with their length when the response is not yet committed. */
	void send() throws IOException {
		if (writer != null) {
			writer.flush();
		}
		if (bytes.size() == 0) {
			return;
		}
		if (!isCommitted()) {
			setContentLength(bytes.size());
		}
		bytes.writeTo(super.getOutputStream());
		bytes.reset();
	}

	/** Drops what was written, including what the writer's encoder still holds. */
	private void clear() {
		if (writer != null) {
			writer.flush();
		}
		bytes.reset();
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
