package vn.giupxa.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Prints links to static files with their content hash ({@code /css/giupxa-<md5>.css}) and leaves every
 * other link as written. Spring's own filter asks the resource chain about each link a page prints, and
 * for a link to a page ({@code @{/programs}}) that means a classpath look-up that finds nothing — on a
 * page with a menu of thirty links, most of its rendering time. A static link's address is looked up once:
 * the files are in the jar and do not change while it runs, and the look-up (the resource chain's patterns and
 * caches) was a twentieth of a signed-in page's processor time (bench/program, JFR of {@code /notices}).
 */
class StaticUrlEncodingFilter extends ResourceUrlEncodingFilter {

	/** The folders static files are served from (the default static locations and the WebJars). */
	static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

	/** Context path + link → its address with the content hash (the application prints a few dozen). */
	private final Cache<String, String> versions = Caffeine.newBuilder().maximumSize(1_000).build();

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest httpRequest) || !(response instanceof HttpServletResponse httpResponse)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {

			@Override
			public String encodeURL(String url) {
				return super.encodeURL(isStatic(url) ? versioned(httpRequest, url) : url);
			}
		});
	}

	static boolean isStatic(String url) {
		for (String prefix : STATIC_PREFIXES) {
			if (url.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private String versioned(HttpServletRequest request, String url) {
		String key = request.getContextPath() + url;
		String known = versions.getIfPresent(key);
		if (known != null) {
			return known;
		}
		if (request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider provider) {
			String resolved = provider.getForRequestUrl(request, url);
			if (resolved != null) {
				versions.put(key, resolved);
				return resolved;
			}
		}
		return url;
	}
}
