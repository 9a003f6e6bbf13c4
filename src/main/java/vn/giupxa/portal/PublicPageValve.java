package vn.giupxa.portal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves anonymous readers' stored public pages in Tomcat's context pipeline, before the servlet
 * filter chain is even built: a hit costs no filter-chain set-up, observation, session wrapper
 * or security filters. Everything else (a miss, a signed-in reader, {@code ?lang=}, any method
 * but GET) goes on through the whole chain; {@link PublicPageCache#serveBeforeFilters} decides.
 */
class PublicPageValve extends ValveBase {

	private final ObjectProvider<PublicPageCache> cache;

	private volatile PublicPageCache pages;

	PublicPageValve(ObjectProvider<PublicPageCache> cache) {
		super(true);
		this.cache = cache;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		PublicPageCache pages = this.pages;
		if (pages == null) {
			pages = cache.getIfAvailable();
			this.pages = pages;
		}
		if (pages == null || !pages.serveBeforeFilters(request.getRequest(), response.getResponse())) {
			getNext().invoke(request, response);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** The cache is looked up at the first request: the web server is created before the application's beans. */
		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> publicPageValve(ObjectProvider<PublicPageCache> cache) {
			return factory -> factory.addContextValves(new PublicPageValve(cache));
		}
	}
}
