package vn.giupxa.portal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

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

	private static volatile CookieTail plainTail;

	private static volatile CookieTail secureTail;

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
		return isPublicPage(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** Whether a path (without the context path) is one of the public portal's pages. */
	static boolean isPublicPage(String path) {
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
	 * {@code page} and counts the visit, for a page that goes through the servlet filter chain.
	 */
	void around(HttpServletRequest request, HttpServletResponse response, Page page) throws ServletException, IOException {
		if (!counting) {
			page.serve();
			return;
		}
		Visitor visitor = welcome(cookie(request.getCookies(), COOKIE), request.getHeader("User-Agent"),
				request.isSecure(), cookie -> response.addHeader("Set-Cookie", cookie));
		request.setAttribute(VISITOR, visitor.id());
		request.setAttribute(BOT, visitor.bot());
		page.serve();
		if (response.getStatus() < 400) {
			count(visitor);
		}
	}

	/** Whether visits and views are counted ({@code giupxa.portal.counting}). */
	boolean counting() {
		return counting;
	}

	/**
	 * The reader of a public page from their {@value #COOKIE} cookie's value and User-Agent; a new
	 * reader (no cookie, or a forged one) gets an id and, unless a robot, the cookie through
	 * {@code setCookie}. Also used for the pages {@link PublicPageHandler} serves before the servlet
	 * layer, so that a stored page is counted exactly as a rendered one.
	 */
	static Visitor welcome(String cookie, String userAgent, boolean secure, Consumer<String> setCookie) {
		Visitor visitor = identify(cookie, userAgent);
		String newCookie = newCookie(visitor, secure);
		if (newCookie != null) {
			setCookie.accept(newCookie);
		}
		return visitor;
	}

	private static Visitor identify(String cookie, String userAgent) {
		boolean bot = Bots.isBot(userAgent);
		if (cookie != null) {
			try {
				return new Visitor(UUID.fromString(cookie), bot, false);
			}
			catch (IllegalArgumentException forged) {
				// a new id below
			}
		}
		return new Visitor(newVisitorId(), bot, true);
	}

	/** The {@code Set-Cookie} value that gives a new reader their id; null for a known reader or a robot. */
	private static String newCookie(Visitor visitor, boolean secure) {
		if (!visitor.isNew() || visitor.bot()) {
			return null;
		}
		long second = System.currentTimeMillis() / 1000;
		CookieTail tail = secure ? secureTail : plainTail;
		if (tail == null || tail.second() != second) {
			// The attributes (and Expires, a year from now) are the same for every new reader within a second:
			// formatted once per second rather than for each of them.
			String cookie = ResponseCookie.from(COOKIE, "-").path("/").maxAge(Duration.ofDays(365)).httpOnly(true)
				.sameSite("Lax").secure(secure).build().toString();
			tail = new CookieTail(second, cookie.substring(COOKIE.length() + 2));
			if (secure) {
				secureTail = tail;
			}
			else {
				plainTail = tail;
			}
		}
		return COOKIE + "=" + visitor.id() + tail.text();
	}

	/** What follows the visitor id in the cookie, as formatted in one second. */
	private record CookieTail(long second, String text) {
	}

	/** Counts a visit of a page that was answered (not an error). */
	void count(Visitor visitor) {
		visits.record(visitor.id(), visitor.bot(), visitor.isNew());
	}

	/** A reader of the public pages: an id kept in a cookie, and whether a robot (by User-Agent). */
	record Visitor(UUID id, boolean bot, boolean isNew) {
	}

	/** What {@link #around} serves. */
	@FunctionalInterface
	interface Page {

		void serve() throws ServletException, IOException;
	}

	/**
	 * A time-ordered (version 7) id: the millisecond it was made, then 74 random bits. New visitors'
	 * rows then go to the end of the indexes keyed by visitor rather than to random pages. A
	 * statistics id needs no cryptographic randomness, and {@link UUID#randomUUID()} makes every new
	 * visitor wait on the JDK's one SecureRandom lock.
	 */
	static UUID newVisitorId() {
		return newVisitorId(System.currentTimeMillis());
	}

	/** The id {@link #newVisitorId()} gives at {@code millis}. */
	static UUID newVisitorId(long millis) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = millis << 16 | 0x7000L | random.nextInt(0x1000);
		long least = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
		return new UUID(most, least);
	}

	/** Whether {@code visitor} is an id {@link #newVisitorId()} gave on {@code day} (in {@code zone}). */
	static boolean givenOn(UUID visitor, LocalDate day, ZoneId zone) {
		return visitor.version() == 7
				&& LocalDate.ofInstant(Instant.ofEpochMilli(visitor.getMostSignificantBits() >>> 16), zone).equals(day);
	}

	/**
	 * The smallest id {@link #newVisitorId()} gives from {@code second} on: the ids given in a span of
	 * time are those between two such bounds.
	 */
	static UUID firstIdGivenFrom(long second) {
		return new UUID(second * 1000 << 16, 0);
	}

	/** The value of the cookie named {@code name}, or null. */
	private static String cookie(Cookie[] cookies, String name) {
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}
}
