package vn.giupxa.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * What decides whether a stored public page answers a request, and how: read from the servlet
 * request (where a page is rendered and stored) or from Jetty's (where {@link PublicPageHandler}
 * serves it), so that both build the same {@link #key()}.
 *
 * @param path the raw (not decoded) path, without a context path
 * @param parameters the address's parameters by name in order, decoded; null when they do not decode
 * @param languageCookie the {@code GIUPXA_LANG} cookie's value, or null
 * @param visitorCookie the {@value VisitorCookieFilter#COOKIE} cookie's value, or null
 * @param session whether a {@code SESSION} cookie came (a signed-in reader, or one who was)
 */
record PageRequest(String scheme, String serverName, int serverPort, boolean secure, String path,
		Map<String, List<String>> parameters,
		String userAgent, String acceptEncoding, boolean authorization, boolean session, String languageCookie,
		String visitorCookie) {

	static final String LANGUAGE_COOKIE = "GIUPXA_LANG";

	static final String SESSION_COOKIE = "SESSION";

	static PageRequest of(HttpServletRequest request) {
		Cookies cookies = new Cookies();
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				cookies.add(cookie.getName(), cookie.getValue());
			}
		}
		return new PageRequest(request.getScheme(), request.getServerName(), request.getServerPort(), request.isSecure(),
				request.getRequestURI().substring(request.getContextPath().length()), parameters(request.getParameterMap()),
				request.getHeader(HttpHeaders.USER_AGENT), request.getHeader(HttpHeaders.ACCEPT_ENCODING),
				request.getHeader(HttpHeaders.AUTHORIZATION) != null, cookies.session, cookies.language, cookies.visitor);
	}

	/** The cookies that matter to a stored page, the first of each name, from either side's cookie list. */
	static final class Cookies {

		boolean session;

		String language;

		String visitor;

		void add(String name, String value) {
			switch (name) {
				case SESSION_COOKIE -> session = true;
				case LANGUAGE_COOKIE -> language = language == null ? value : language;
				case VisitorCookieFilter.COOKIE -> visitor = visitor == null ? value : visitor;
				default -> {
				}
			}
		}
	}

	/**
	 * The key of the stored page for this request, or null when it must neither be served from
	 * the store nor stored: a signed-in reader ({@code SESSION} cookie or {@code Authorization}),
	 * a language switch ({@code ?lang=}), an unknown language cookie or a query that does not decode.
	 * Parameters (not the raw query) in name order: "?a=1&b=2" and "?b=2&a=1" are one page.
	 */
	String key() {
		if (authorization || session) {
			return null;
		}
		String language = languageCookie == null ? "vi" : languageCookie;
		if (!"vi".equals(language) && !"en".equals(language)) {
			return null;
		}
		StringBuilder key = new StringBuilder(160).append(language).append(' ').append(scheme).append("://")
			.append(serverName).append(':').append(serverPort).append(path);
		if (parameters == null || parameters.containsKey("lang")) {
			return null;
		}
		if (!parameters.isEmpty()) {
			parameters.forEach((name, values) -> {
				for (String value : values) {
					key.append('\u0000').append(name).append('=').append(value);
				}
			});
		}
		return key.toString();
	}

	/** Whether the reader takes gzip ({@code Accept-Encoding: gzip}, not with {@code q=0}). */
	boolean acceptsGzip() {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			if ("gzip".equalsIgnoreCase(parts[0].strip())) {
				return parts.length == 1 || !parts[1].strip().matches("(?i)q\\s*=\\s*0(\\.0*)?");
			}
		}
		return false;
	}

	/** The servlet request's parameters (for a GET, those of its address) by name in order. */
	private static Map<String, List<String>> parameters(Map<String, String[]> values) {
		if (values.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> parameters = new TreeMap<>();
		values.forEach((name, value) -> parameters.put(name, List.of(value)));
		return parameters;
	}

	/** A raw query's parameters by name in order, decoded as UTF-8 form data; null when it does not decode. */
	static Map<String, List<String>> parameters(String query) {
		if (query == null || query.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> parameters = new TreeMap<>();
		try {
			for (String pair : query.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				parameters.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
			}
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
		return parameters;
	}
}
