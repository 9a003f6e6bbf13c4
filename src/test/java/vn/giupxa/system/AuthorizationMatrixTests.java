package vn.giupxa.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import vn.giupxa.IntegrationTest;
import vn.giupxa.account.Role;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application registers has a line in {@code authorization-matrix.txt}, and every
 * line holds: for anonymous callers and for a real demo account of each role, the route answers
 * as the matrix says (allowed: no 401/403/redirect to login and no 5xx; refused: 403, or the login
 * page for anonymous callers). Lines with a scope check also prove that an account is refused a
 * unit outside its scope. A new route without a line fails the build.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	/** The demo account that carries each role (README). */
	private static final Map<Role, String> DEMO_ACCOUNTS = Map.of(Role.ADMIN, "admin", Role.PROVINCIAL_LEADERSHIP,
			"ubnd.tinh", Role.COORDINATION_OFFICE, "vpdp", Role.AGENCY_LEADER, "lanhdao.snnmt", Role.HELP_TEAM_MEMBER,
			"totgiupviec", Role.DISTRICT_OFFICER, "huyen.bacha", Role.COMMUNE_OFFICER, "xa.bacha", Role.EVALUATOR,
			"danhgia.snv", Role.SPONSOR, "dodau.chetanhoa", Role.EDITOR, "bientap");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private final Map<String, Cookie> sessions = new HashMap<>();

	@Test
	void everyRegisteredRouteHasALineInTheMatrixAndEveryLineARoute() throws IOException {
		Set<String> registered = registeredRoutes();
		Set<String> inMatrix = new TreeSet<>();
		matrix().forEach(line -> inMatrix.add(line.route()));
		assertThat(new TreeSet<>(registered)).as("routes missing from authorization-matrix.txt")
			.isSubsetOf(inMatrix);
		assertThat(inMatrix).as("lines in authorization-matrix.txt for routes that no longer exist")
			.isSubsetOf(registered);
	}

	@Test
	void everyRouteAnswersEachRoleAsTheMatrixSays() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Line line : matrix()) {
			check(line, null, line.allows(null), failures);
			for (Role role : Role.values()) {
				check(line, DEMO_ACCOUNTS.get(role), line.allows(role), failures);
			}
		}
		assertThat(failures).as("routes answering differently from the matrix").isEmpty();
	}

	@Test
	void scopedRoutesRefuseUnitsOutsideTheCallersScope() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Line line : matrix()) {
			if (line.outOfScopeAccount() == null) {
				continue;
			}
			MockHttpServletResponse response = perform(line.method(), line.outOfScopeSample(), line.outOfScopeAccount());
			if (response.getStatus() != 403 && response.getStatus() != 404) {
				failures.add(line.route() + " as " + line.outOfScopeAccount() + " on " + line.outOfScopeSample()
						+ " answered " + response.getStatus());
			}
		}
		assertThat(failures).isEmpty();
		assertThat(matrix()).as("the matrix checks scope somewhere").anyMatch(line -> line.outOfScopeAccount() != null);
	}

	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.-]+_(vi|en)\\?\\?");

	private void check(Line line, String account, boolean allowed, List<String> failures) throws Exception {
		MockHttpServletResponse response = perform(line.method(), line.sample(), account);
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		boolean sentToLogin = redirect != null && redirect.endsWith("/login");
		boolean refused = status == 401 || status == 403 || sentToLogin;
		String who = account == null ? "anonymous" : account;
		// GET /error called directly has no error to show and answers 500 by design; only refusal matters there.
		boolean serverError = status >= 500 && !"/error".equals(line.pattern());
		if (allowed && (refused || serverError)) {
			failures.add(line.route() + " should allow " + who + " but answered " + status + " " + redirect);
		}
		if (!allowed && !refused) {
			failures.add(line.route() + " should refuse " + who + " but answered " + status);
		}
		String contentType = response.getContentType();
		if (status == 200 && contentType != null && contentType.startsWith("text/html")) {
			// Thymeleaf prints a missing message as ??key_vi??: every page a role can open must be fully translated.
			Matcher missing = MISSING_MESSAGE.matcher(response.getContentAsString(StandardCharsets.UTF_8));
			if (missing.find()) {
				failures.add(line.route() + " as " + who + " shows the untranslated " + missing.group());
			}
		}
		if (redirect != null && redirect.contains("/login?logout")) {
			sessions.remove(account);
		}
	}

	private MockHttpServletResponse perform(String method, String path, String account) throws Exception {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), path);
		if (!"GET".equals(method)) {
			builder.with(csrf());
		}
		if (account != null) {
			builder.cookie(session(account));
		}
		return mvc.perform(builder).andReturn().getResponse();
	}

	private Cookie session(String account) throws Exception {
		Cookie cookie = sessions.get(account);
		if (cookie == null) {
			cookie = Sessions.loginDemo(mvc, account);
			sessions.put(account, cookie);
		}
		return cookie;
	}

	private Set<String> registeredRoutes() {
		Set<String> routes = new TreeSet<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping -> {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add("* " + pattern);
					}
					methods.forEach(method -> routes.add(method.name() + " " + pattern));
				}
			}
		});
		context.getBeansOfType(SimpleUrlHandlerMapping.class).values()
			.forEach(mapping -> mapping.getUrlMap().keySet().forEach(pattern -> routes.add("GET " + pattern)));
		return routes;
	}

	static List<Line> matrix() throws IOException {
		try (InputStream in = AuthorizationMatrixTests.class.getResourceAsStream("/authorization-matrix.txt")) {
			assertThat(in).as("authorization-matrix.txt on the test classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(text -> !text.isEmpty() && !text.startsWith("#"))
				.map(Line::parse)
				.toList();
		}
	}

	/**
	 * {@code METHOD | pattern | sample path | PUBLIC, AUTHENTICATED or roles | account:out-of-scope path}.
	 * Method {@code *} is a mapping for every method; it is exercised with GET.
	 */
	record Line(String declaredMethod, String pattern, String sample, String access, String outOfScopeAccount,
			String outOfScopeSample) {

		static Line parse(String text) {
			String[] cells = Arrays.stream(text.split("\\|")).map(String::strip).toArray(String[]::new);
			if (cells.length < 4) {
				throw new IllegalArgumentException("matrix line needs 4 or 5 cells: " + text);
			}
			String account = null;
			String outOfScope = null;
			if (cells.length > 4 && !cells[4].isEmpty()) {
				account = cells[4].substring(0, cells[4].indexOf(':'));
				outOfScope = cells[4].substring(cells[4].indexOf(':') + 1);
			}
			return new Line(cells[0], cells[1], cells[2], cells[3], account, outOfScope);
		}

		String route() {
			return declaredMethod + " " + pattern;
		}

		String method() {
			return "*".equals(declaredMethod) ? "GET" : declaredMethod;
		}

		boolean allows(Role role) {
			if ("PUBLIC".equals(access)) {
				return true;
			}
			if (role == null) {
				return false;
			}
			if ("AUTHENTICATED".equals(access)) {
				return true;
			}
			Set<Role> roles = EnumSet.noneOf(Role.class);
			Arrays.stream(access.split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
			return roles.contains(role);
		}
	}
}
