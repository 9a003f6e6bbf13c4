package vn.giupxa.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Real logins for MockMvc tests. Sessions live in Spring Session JDBC, so a test carries the
 * SESSION cookie the way a browser does.
 */
public final class Sessions {

	public static final String DEMO_PASSWORD = "giupxa-demo-2026";

	private Sessions() {
	}

	/** Logs in with the form and returns the session cookie. */
	public static Cookie login(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null || !"/home".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError("login of " + username + " failed: " + result.getResponse().getRedirectedUrl());
		}
		return cookie;
	}

	public static Cookie loginDemo(MockMvc mvc, String username) throws Exception {
		return login(mvc, username, DEMO_PASSWORD);
	}
}
