package vn.giupxa.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.giupxa.portal.PageSlots.Body;
import vn.giupxa.portal.PageSlots.Slot;

/**
 * The rendered public pages for anonymous readers, kept per address, query and language, so that
 * a repeated read is served from memory without security, session, controller or template work.
 * A stored page is served by {@link PublicPageHandler} in Jetty, before the servlet layer; as a
 * filter this class stores pages (and serves them where no such handler runs, as under MockMvc). It
 * sits after {@link VisitorCookieFilter} (visits are counted for every request) and before
 * Spring Security; an article page read from here still counts its view. The live figures ("Lượt
 * xem", visitor statistics) are spliced into every response ({@link PageSlots}). A controller
 * offers its page by {@link #offer}; signed-in readers, language switches and unknown language
 * cookies are never served from or stored here. Cleared by {@link PortalReader#invalidate()}.
 */
@Component
@Order(VisitorCookieFilter.ORDER + 1)
class PublicPageCache extends OncePerRequestFilter {

	static final String CACHEABLE = PublicPageCache.class.getName() + ".cacheable";

	static final String ARTICLE = PublicPageCache.class.getName() + ".article";

	private static final Set<String> NOT_REPLAYED = Set.of(HttpHeaders.SET_COOKIE.toLowerCase(Locale.ROOT),
			HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT), HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
			HttpHeaders.CONTENT_LANGUAGE.toLowerCase(Locale.ROOT), HttpHeaders.DATE.toLowerCase(Locale.ROOT),
			HttpHeaders.TRANSFER_ENCODING.toLowerCase(Locale.ROOT));

	private final VisitorCookieFilter visitors;

	private final VisitorStatistics statistics;

	private final ViewCounter views;

	private final PortalReader reader;

	private final boolean enabled;

	private final Cache<String, Page> pages;

	private final LongAdder servedBeforeServlets = new LongAdder();

	PublicPageCache(VisitorCookieFilter visitors, VisitorStatistics statistics, ViewCounter views, PortalReader reader,
			@Value("${giupxa.portal.page-cache.enabled:true}") boolean enabled,
			@Value("${giupxa.portal.page-cache.max-size:64MB}") DataSize maxSize,
			@Value("${giupxa.portal.page-cache.time-to-live:10m}") Duration timeToLive) {
		this.visitors = visitors;
		this.statistics = statistics;
		this.views = views;
		this.reader = reader;
		this.enabled = enabled;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((String key, Page page) -> key.length() * 2 + page.body().size())
			.expireAfterWrite(timeToLive)
			.build();
		reader.onInvalidate(pages::invalidateAll);
	}

	/** Lets the page being rendered be kept for anonymous readers; {@code articleId} counts a view on each read. */
	static void offer(HttpServletRequest request, Long articleId) {
		request.setAttribute(CACHEABLE, Boolean.TRUE);
		if (articleId != null) {
			request.setAttribute(ARTICLE, articleId);
		}
	}

	/** How many reads {@link PublicPageHandler} served before the servlet layer. */
	long servedBeforeServlets() {
		return servedBeforeServlets.sum();
	}

	long size() {
		return pages.estimatedSize();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !VisitorCookieFilter.isPublicPage(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = enabled ? PageRequest.of(request).key() : null;
		Page cached = key == null ? null : pages.getIfPresent(key);
		if (cached != null) {
			serve(cached, request, response);
			return;
		}
		int cookies = response.getHeaders(HttpHeaders.SET_COOKIE).size();
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		String contentType = buffered.getContentType();
		if (contentType != null && contentType.startsWith("text/html")) {
			Body body = Body.of(buffered.getContentAsByteArray());
			Long articleId = (Long) request.getAttribute(ARTICLE);
			boolean statistics = body.hasSlot(Slot.ONLINE);
			boolean counted = articleId != null && body.hasSlot(Slot.VIEWS);
			countView(request, articleId);
			if (key != null && buffered.getStatus() == 200 && Boolean.TRUE.equals(request.getAttribute(CACHEABLE))
					&& response.getHeaders(HttpHeaders.SET_COOKIE).size() == cookies && request.getSession(false) == null) {
				pages.put(key, new Page(new Head(contentType, buffered.getLocale(), headers(buffered)), body, articleId,
						statistics, counted, new AtomicReference<>()));
			}
			buffered.resetBuffer();
			buffered.getOutputStream().write(body.render(values(figures(statistics, counted ? articleId : null))));
		}
		buffered.copyBodyToResponse();
	}

	/**
	 * Serves a stored page to an anonymous reader before the servlet layer (from
	 * {@link PublicPageHandler}): the visitor is told apart and counted as by
	 * {@link VisitorCookieFilter} for a rendered page, the view is counted and the page sent with
	 * the headers of its first full response, security headers included. False when the request is
	 * not for a stored page: it then goes through the servlet layer and the whole filter chain.
	 */
	boolean serveBeforeServlets(PageRequest request, Reply reply) throws IOException {
		if (!enabled) {
			return false;
		}
		String key = request.key();
		Page cached = key == null ? null : pages.getIfPresent(key);
		if (cached == null) {
			return false;
		}
		VisitorCookieFilter.Visitor visitor = null;
		if (visitors.counting()) {
			visitor = VisitorCookieFilter.welcome(request.visitorCookie(), request.userAgent(), request.secure(),
					cookie -> reply.header(HttpHeaders.SET_COOKIE, cookie));
			if (cached.articleId() != null) {
				views.record(visitor.id(), cached.articleId(), visitor.bot());
			}
		}
		// Counted before the page is sent: a reader who has the page has been counted.
		if (visitor != null) {
			visitors.count(visitor);
		}
		servedBeforeServlets.increment();
		cached.replay(reply, figures(cached), request.acceptsGzip());
		return true;
	}

	private void serve(Page cached, HttpServletRequest request, HttpServletResponse response) throws IOException {
		countView(request, cached.articleId());
		cached.replay(Reply.of(response), figures(cached), PageRequest.of(request).acceptsGzip());
	}

	private void countView(HttpServletRequest request, Long articleId) {
		if (articleId != null && request.getAttribute(VisitorCookieFilter.VISITOR) instanceof UUID visitor) {
			views.record(visitor, articleId, Boolean.TRUE.equals(request.getAttribute(VisitorCookieFilter.BOT)));
		}
	}

	private Figures figures(Page page) {
		return figures(page.statistics(), page.counted() ? page.articleId() : null);
	}

	/** The live figures a page shows: the statistics block's, and the article's views (null when not shown). */
	private Figures figures(boolean statistics, Long articleId) {
		return new Figures(statistics ? this.statistics.summary() : null, articleId == null ? -1 : reader.views(articleId));
	}

	private static Map<Slot, String> values(Figures figures) {
		Map<Slot, String> values = figures.statistics() == null ? new EnumMap<>(Slot.class)
				: PageSlots.values(figures.statistics());
		if (figures.views() >= 0) {
			values.put(Slot.VIEWS, PageSlots.grouped(figures.views()));
		}
		return values;
	}

	/**
	 * The headers a page is replayed with: those of its full response (Spring Security's included; no
	 * cookie, length or date), with {@code Vary: Accept-Encoding} as it is sent compressed to those who take it.
	 */
	private static List<Header> headers(HttpServletResponse response) {
		List<Header> headers = new ArrayList<>();
		boolean vary = false;
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
				vary |= HttpHeaders.VARY.equalsIgnoreCase(name);
			}
		}
		if (!vary) {
			headers.add(new Header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
		}
		return List.copyOf(headers);
	}

	/** A stored header. */
	record Header(String name, String value) {
	}

	/**
	 * What every replay of a page sends before its body: the content type and language and the stored
	 * headers, and a slot where the server that sends them keeps them encoded (made once per stored page).
	 */
	static final class Head {

		private final String contentType;

		private final Locale locale;

		private final List<Header> headers;

		private volatile Object encoded;

		Head(String contentType, Locale locale, List<Header> headers) {
			this.contentType = contentType;
			this.locale = locale;
			this.headers = List.copyOf(headers);
		}

		String contentType() {
			return contentType;
		}

		Locale locale() {
			return locale;
		}

		List<Header> headers() {
			return headers;
		}

		/** The head as {@code encoder} encodes it, made on the first call and kept. */
		@SuppressWarnings("unchecked")
		<T> T encoded(Function<Head, T> encoder) {
			Object value = encoded;
			if (value == null) {
				value = encoder.apply(this);
				encoded = value;
			}
			return (T) value;
		}
	}

	/** The live figures a page shows; {@code statistics} null and {@code views} -1 where it shows none. */
	private record Figures(VisitorStatistics.Summary statistics, long views) {
	}

	/** Where a stored page is sent: the servlet response, or Jetty's before the servlet layer. */
	interface Reply {

		/** A header of this reply only (the visitor cookie). */
		void header(String name, String value);

		/** Sends the page with status 200, its head, {@code Content-Encoding: gzip} when so, and its length. */
		void send(Head head, boolean gzip, byte[] content) throws IOException;

		static Reply of(HttpServletResponse response) {
			return new Reply() {

				@Override
				public void header(String name, String value) {
					response.addHeader(name, value);
				}

				@Override
				public void send(Head head, boolean gzip, byte[] content) throws IOException {
					response.setStatus(200);
					response.setLocale(head.locale());
					response.setContentType(head.contentType());
					for (Header header : head.headers()) {
						response.addHeader(header.name(), header.value());
					}
					if (gzip) {
						response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
					}
					response.setContentLength(content.length);
					response.getOutputStream().write(content);
				}
			};
		}
	}

	/**
	 * A stored page, and its bytes as last sent. The figures change at most once per flush, so a page is
	 * rendered (and deflated, for the readers who take gzip: every browser) once per change of what it
	 * shows, not on every read (deflating 12 KB cost six times a whole uncompressed hit).
	 *
	 * @param statistics whether it shows the visitor statistics
	 * @param counted whether it shows the article's views
	 */
	private record Page(Head head, Body body, Long articleId, boolean statistics, boolean counted,
			AtomicReference<Rendered> rendered) {

		void replay(Reply reply, Figures figures, boolean gzip) throws IOException {
			Rendered last = rendered.get();
			if (last == null || !last.figures().equals(figures)) {
				last = new Rendered(figures, body.render(values(figures)));
				rendered.set(last);
			}
			reply.send(head, gzip, gzip ? last.gzip() : last.plain());
		}
	}

	/** A page rendered with some figures; compressed when first asked. */
	private static final class Rendered {

		private final Figures figures;

		private final byte[] plain;

		private volatile byte[] gzip;

		Rendered(Figures figures, byte[] plain) {
			this.figures = figures;
			this.plain = plain;
		}

		Figures figures() {
			return figures;
		}

		byte[] plain() {
			return plain;
		}

		byte[] gzip() throws IOException {
			byte[] compressed = gzip;
			if (compressed == null) {
				ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3);
				try (GZIPOutputStream deflater = new GZIPOutputStream(out, 8192)) {
					deflater.write(plain);
				}
				compressed = out.toByteArray();
				gzip = compressed;
			}
			return compressed;
		}
	}
}
