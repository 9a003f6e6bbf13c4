package vn.giupxa.system;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jetty's per-connection cache of request header fields is turned off ({@code headerCacheSize} 0). It
 * keeps the values of a connection's first request and, for a value it has not seen, empties its
 * whole index and starts again. The {@code Cookie} header is one it keeps, and it differs from
 * request to request on a connection that carries many readers (a reverse proxy's, a benchmark's),
 * so each such request emptied the index: 10 % of the processor time of the article page in a
 * profile (2026-11-27, {@code bench/README.md}).
 */
@Configuration(proxyBeanMethods = false)
class JettyConfiguration {

	@Bean
	WebServerFactoryCustomizer<JettyServletWebServerFactory> noRequestHeaderCache() {
		return factory -> factory.addServerCustomizers(server -> {
			for (Connector connector : server.getConnectors()) {
				HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
				if (http != null) {
					http.getHttpConfiguration().setHeaderCacheSize(0);
				}
			}
		});
	}
}
