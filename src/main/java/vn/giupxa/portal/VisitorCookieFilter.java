package vn.giupxa.portal;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells visitors of the public pages apart by a first-party cookie (a random id, no session, no
 * personal data) and counts each page they read; robots are counted apart by User-Agent.
 */
@Component
class VisitorCookieFilter extends OncePerRequestFilter {

	static final String COOKIE = "gx_visitor";

	static final String VISITOR = VisitorCookieFilter.class.getName() + ".visitor";

	static final String BOT = VisitorCookieFilter.class.getName() + ".bot";

	private static final Set<String> PAGE_PREFIXES = Set.of("/tin-tuc", "/chuyen-muc/", "/van-ban", "/tim-kiem");

	private final VisitCounter visits;

	private final boolean counting;

	VisitorCookieFilter(VisitCounter visits, @Value("${giupxa.portal.counting:true}") boolean counting) {
		this.visits = visits;
		this.counting = counting;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!counting || !"GET".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("/".equals(path) || PAGE_PREFIXES.stream().anyMatch(path::startsWith));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean bot = Bots.isBot(request.getHeader("User-Agent"));
		UUID visitor = visitorOf(request);
		if (visitor == null) {
			visitor = UUID.randomUUID();
			if (!bot) {
				response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, visitor.toString())
					.path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").secure(request.isSecure())
					.build().toString());
			}
		}
		request.setAttribute(VISITOR, visitor);
		request.setAttribute(BOT, bot);
		chain.doFilter(request, response);
		if (response.getStatus() < 400) {
			visits.record(visitor, bot);
		}
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
