package vn.giupxa.portal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves anonymous readers' stored public pages in Jetty, in front of the servlet layer: a hit
 * costs no servlet request, filter chain, observation, session or security work, only Jetty's
 * HTTP handling (about half of Tomcat's, measured in {@code bench/README.md}). Everything else
 * (a miss, a signed-in reader, {@code ?lang=}, any method but GET, an address that is not in
 * canonical form) goes on to the servlet layer; {@link PublicPageCache#serveBeforeServlets} decides.
 */
class PublicPageHandler extends Handler.Wrapper {

	private final ObjectProvider<PublicPageCache> cache;

	private volatile PublicPageCache pages;

	PublicPageHandler(ObjectProvider<PublicPageCache> cache, Handler next) {
		super(next);
		this.cache = cache;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		PublicPageCache pages = this.pages;
		if (pages == null) {
			pages = cache.getIfAvailable();
			this.pages = pages;
		}
		if (pages != null && HttpMethod.GET.is(request.getMethod())) {
			HttpURI uri = request.getHttpURI();
			String path = uri.getPath();
			// Only an address in canonical form: "/tin-tuc/../x" or "%2F" go to the servlet layer, which
			// normalises or refuses them.
			if (path != null && VisitorCookieFilter.isPublicPage(path) && !uri.hasViolations()
					&& path.equals(uri.getCanonicalPath())
					&& pages.serveBeforeServlets(pageRequest(request, uri, path), new Reply(response, callback))) {
				return true;
			}
		}
		return super.handle(request, response, callback);
	}

	private static PageRequest pageRequest(Request request, HttpURI uri, String path) {
		HttpFields headers = request.getHeaders();
		PageRequest.Cookies cookies = new PageRequest.Cookies();
		if (headers.contains(HttpHeader.COOKIE)) {
			for (HttpCookie cookie : Request.getCookies(request)) {
				cookies.add(cookie.getName(), cookie.getValue());
			}
		}
		return new PageRequest(uri.getScheme(), Request.getServerName(request), Request.getServerPort(request),
				request.isSecure(), path, PageRequest.parameters(uri.getQuery()), headers.get(HttpHeader.USER_AGENT),
				headers.get(HttpHeader.ACCEPT_ENCODING), headers.contains(HttpHeader.AUTHORIZATION), cookies.session,
				cookies.language, cookies.visitor);
	}

	/**
	 * The head of each kind of stored page as Jetty fields encoded once (most pages share one); cleared
	 * when it grows past {@link #HEADS}, as a page's headers are the server's, not a reader's.
	 */
	private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

	/** The head's fields, encoded once per stored page. */
	static HttpField[] encoded(PublicPageCache.Head head) {
		return head.encoded(PublicPageHandler::encode);
	}

	private static HttpField[] encode(PublicPageCache.Head head) {
		List<HttpField> encoded = new ArrayList<>();
		encoded.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, head.contentType()));
		encoded.add(new PreEncodedHttpField(HttpHeader.CONTENT_LANGUAGE, head.locale().toLanguageTag()));
		for (PublicPageCache.Header header : head.headers()) {
			encoded.add(new PreEncodedHttpField(header.name(), header.value()));
		}
		return encoded.toArray(HttpField[]::new);
	}

	/** A stored page sent through Jetty's response. */
	private record Reply(Response response, Callback callback) implements PublicPageCache.Reply {

		@Override
		public void header(String name, String value) {
			response.getHeaders().add(name, value);
		}

		@Override
		public void send(PublicPageCache.Head head, boolean gzip, byte[] content) {
			response.setStatus(200);
			HttpFields.Mutable headers = response.getHeaders();
			for (HttpField field : encoded(head)) {
				headers.add(field);
			}
			if (gzip) {
				headers.add(GZIP);
			}
			headers.put(HttpHeader.CONTENT_LENGTH, content.length);
			response.write(true, ByteBuffer.wrap(content), callback);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * Put in front of the handlers Spring Boot sets up (the servlet context and compression); the
		 * store is looked up at the first request, as the web server is created before the application's beans.
		 */
		@Bean
		WebServerFactoryCustomizer<JettyServletWebServerFactory> publicPageHandler(ObjectProvider<PublicPageCache> cache) {
			return factory -> factory.addServerCustomizers(server -> server.setHandler(
					new PublicPageHandler(cache, server.getHandler())));
		}
	}
}
