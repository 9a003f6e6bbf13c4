package vn.giupxa.program;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The province matrix page is sent whole ({@link WholePageResponse}). */
@Configuration(proxyBeanMethods = false)
class MatrixPageConfiguration {

	/**
	 * Outside the session's and security's filters (Spring Session's is at {@code Integer.MIN_VALUE + 50}), so that
	 * the session is saved and the headers are written before the page is sent; inside the server's observation of
	 * the request ({@code http.server.requests}), which times the whole of it.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	@Bean
	FilterRegistrationBean<WholePageResponse.Filter> matrixPageSentWhole() {
		FilterRegistrationBean<WholePageResponse.Filter> registration = new FilterRegistrationBean<>(
				new WholePageResponse.Filter());
		registration.addUrlPatterns("/criteria-matrix");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(ORDER);
		return registration;
	}
}
