package vn.giupxa.system;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The running Jetty keeps no per-connection cache of request header values. */
@IntegrationTest
class JettyConfigurationTests {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void everyHttpConnectorHasNoRequestHeaderCache() {
		JettyWebServer server = (JettyWebServer) context.getWebServer();
		assertThat(server.getServer().getConnectors()).isNotEmpty();
		for (Connector connector : server.getServer().getConnectors()) {
			HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
			assertThat(http).isNotNull();
			assertThat(http.getHttpConfiguration().getHeaderCacheSize()).isZero();
		}
	}
}
