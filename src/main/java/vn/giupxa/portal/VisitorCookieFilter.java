package vn.giupxa.portal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells visitors of the public pages apart by a first-party cookie (a random id, no session, no
 * personal data) and counts each page they read; robots are counted apart by User-Agent.
 */
@Component
@Order(VisitorCookieFilter.ORDER)
class VisitorCookieFilter extends OncePerRequestFilter {

	/** Before Spring Security (-100) and the request context (-105), so that {@link PublicPageCache} can follow. */
	static final int ORDER = -110;

	static final String COOKIE = "gx_visitor";

	static final String VISITOR = VisitorCookieFilter.class.getName() + ".visitor";

	static final String BOT = VisitorCookieFilter.class.getName() + ".bot";

	private static final List<String> PAGE_PREFIXES = List.of("/tin-tuc", "/chuyen-muc/", "/van-ban", "/tim-kiem");

	private final VisitCounter visits;

	private final boolean counting;

	VisitorCookieFilter(VisitCounter visits, @Value("${giupxa.portal.counting:true}") boolean counting) {
		this.visits = visits;
		this.counting = counting;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !counting || !"GET".equals(request.getMethod()) || !isPublicPage(request);
	}

	/** Whether the request is for one of the public portal's pages (home, news, documents, search). */
	static boolean isPublicPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("/".equals(path)) {
			return true;
		}
		for (String prefix : PAGE_PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		around(request, response, () -> chain.doFilter(request, response));
	}

	/**
	 * Tells the visitor of a public page apart (giving a new one the cookie), serves the page by
	 * {@code page} and counts the visit. Also used by {@link PublicPageValve} for pages it serves
	 * before the filter chain, so that a page from the cache is counted exactly as a rendered one.
	 */
	void around(HttpServletRequest request, HttpServletResponse response, Page page) throws ServletException, IOException {
		if (!counting) {
			page.serve();
			return;
		}
		boolean bot = Bots.isBot(request.getHeader("User-Agent"));
		UUID visitor = visitorOf(request);
		if (visitor == null) {
			visitor = newVisitorId();
			if (!bot) {
				response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, visitor.toString())
					.path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").secure(request.isSecure())
					.build().toString());
			}
		}
		request.setAttribute(VISITOR, visitor);
		request.setAttribute(BOT, bot);
		page.serve();
		if (response.getStatus() < 400) {
			visits.record(visitor, bot);
		}
	}

	/** What {@link #around} serves. */
	@FunctionalInterface
	interface Page {

		void serve() throws ServletException, IOException;
	}

	/**
	 * A random (version 4) id. A statistics id needs no cryptographic randomness, and
	 * {@link UUID#randomUUID()} makes every new visitor wait on the JDK's one SecureRandom lock.
	 */
	static UUID newVisitorId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = random.nextLong() & ~0xF000L | 0x4000L;
		long least = random.nextLong() & ~(0xC000000000000000L) | 0x8000000000000000L;
		return new UUID(most, least);
	}

	static UUID visitorOf(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				try {
					return UUID.fromString(cookie.getValue());
				}
				catch (IllegalArgumentException forged) {
					return null;
				}
			}
		}
		return null;
	}
}
