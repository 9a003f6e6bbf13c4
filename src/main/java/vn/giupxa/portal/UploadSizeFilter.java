package vn.giupxa.portal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns away an upload larger than the server takes ({@code spring.servlet.multipart.max-request-size})
 * with the Vietnamese page {@code error/413} (a way back to the form for the editors' desk) instead of
 * the server's English one. The server would fail every parameter read of such a request, the CSRF check
 * first, so this filter, before Spring Security, hands on the request with its address's
 * parameters only: the body is never parsed (the editors' forms carry their CSRF token there). After Spring
 * Security has checked the caller and the token, {@link Refusal} answers 413. The editors' forms
 * also check the size in the browser, so that nothing typed is lost.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

	static final String TOO_LARGE = UploadSizeFilter.class.getName() + ".tooLarge";

	private final long maxRequestBytes;

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxRequestBytes) {
			request.setAttribute(TOO_LARGE, maxRequestBytes);
			chain.doFilter(new AddressParametersOnly(request, new MaxUploadSizeExceededException(maxRequestBytes)),
					response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The error page's dispatch of a refused upload must not parse the body either: it is told that the
	 * multipart body failed (Jetty clears the exception {@link Refusal} set), so that it is not parsed again.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * A request whose parameters are those of its address only: its body is never parsed. In the error
	 * page's dispatch it also answers that the multipart body failed, so that Spring MVC does not parse it
	 * (Jetty gives that dispatch the error it was sent with, none, whatever {@link Refusal} set).
	 */
	private static final class AddressParametersOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		private final MaxUploadSizeExceededException failure;

		AddressParametersOnly(HttpServletRequest request, MaxUploadSizeExceededException failure) {
			super(request);
			this.failure = failure;
			Map<String, List<String>> query = PageRequest.parameters(request.getQueryString());
			if (query != null) {
				query.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
			}
		}

		@Override
		public Object getAttribute(String name) {
			Object value = super.getAttribute(name);
			if (value == null && RequestDispatcher.ERROR_EXCEPTION.equals(name)
					&& getDispatcherType() == DispatcherType.ERROR) {
				return failure;
			}
			return value;
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values.clone();
		}
	}

	/** Answers 413 to a request marked too large, once Spring Security (order -100) let it through. */
	@Component
	@Order(0)
	static class Refusal extends OncePerRequestFilter {

		private static final long DRAINED = 30L * 1024 * 1024;

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return request.getAttribute(TOO_LARGE) == null;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws IOException {
			drain(request);
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}

		/**
		 * Reads the refused upload to its end (up to {@link #DRAINED} bytes): a browser still sending its
		 * body would otherwise meet a reset connection instead of the 413 page.
		 */
		private static void drain(HttpServletRequest request) throws IOException {
			InputStream body = request.getInputStream();
			byte[] buffer = new byte[64 * 1024];
			long read = 0;
			for (int n; read < DRAINED && (n = body.read(buffer)) >= 0;) {
				read += n;
			}
		}
	}
}
