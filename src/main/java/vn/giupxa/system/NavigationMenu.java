package vn.giupxa.system;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The layout's menu ({@code fragments/menu.html}): which parts the signed-in user sees, and the menu's HTML, rendered
 * once per language and combination of those parts and then reused. The menu holds only links and labels, so every
 * page of every user with the same roles and language shows the same HTML; rendering its thirty links and labels
 * on every page was about a quarter of a page's template work (bench/program). The parts follow the same roles as
 * the routes' rules in {@link SecurityConfiguration}; the layout asks
 * {@code ${@navigationMenu.current()}} and {@code ${@navigationMenu.html(menu)}}.
 * With {@code spring.thymeleaf.cache=false} (templates edited while the application runs) nothing is reused.
 */
@Component("navigationMenu")
public class NavigationMenu {

	private static final String TEMPLATE = "fragments/menu";

	/** At most this many menus are kept (two languages × the role combinations in use; a locale cookie can be anything). */
	private static final int RENDERED_LIMIT = 64;

	private final ObjectProvider<ISpringTemplateEngine> templates;

	private final ApplicationContext context;

	private final boolean reuse;

	private final Cache<String, String> rendered = Caffeine.newBuilder().maximumSize(RENDERED_LIMIT).build();

	private volatile JakartaServletWebApplication application;

	NavigationMenu(ObjectProvider<ISpringTemplateEngine> templates, ApplicationContext context, Environment environment) {
		this.templates = templates;
		this.context = context;
		this.reuse = environment.getProperty("spring.thymeleaf.cache", Boolean.class, true);
	}

	/** The parts of the menu the current user sees. */
	public Parts current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return new Parts(false, false, false, false, false);
		}
		Set<String> roles = new HashSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			roles.add(authority.getAuthority());
		}
		boolean admin = roles.contains("ROLE_ADMIN");
		return new Parts(true,
				admin || roles.contains("ROLE_COORDINATION_OFFICE") || roles.contains("ROLE_PROVINCIAL_LEADERSHIP")
						|| roles.contains("ROLE_EVALUATOR"),
				admin || roles.contains("ROLE_COORDINATION_OFFICE") || roles.contains("ROLE_COMMUNE_OFFICER"),
				admin || roles.contains("ROLE_EDITOR"), admin);
	}

	/** The menu's HTML for these parts in the request's language. */
	public String html(Parts parts) {
		Locale locale = LocaleContextHolder.getLocale();
		if (!reuse) {
			return render(parts, locale);
		}
		String key = locale.toLanguageTag() + '/' + parts.key();
		String html = rendered.getIfPresent(key);
		if (html == null) {
			html = render(parts, locale);
			rendered.put(key, html);
		}
		return html;
	}

	private String render(Parts parts, Locale locale) {
		ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = attributes.getRequest();
		HttpServletResponse response = attributes.getResponse();
		JakartaServletWebApplication web = application;
		if (web == null) {
			web = JakartaServletWebApplication.buildApplication(request.getServletContext());
			application = web;
		}
		WebContext variables = new WebContext(web.buildExchange(request, response), locale,
				Map.of("menuSignedIn", parts.signedIn(), "menuOffice", parts.office(), "menuImporter", parts.importer(),
						"menuEditor", parts.editor(), "menuAdmin", parts.admin()));
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		return templates.getObject().process(TEMPLATE, Set.of("menu"), variables);
	}

	/**
	 * What the current user's menu shows: the signed-in entries, the Coordination Office's (with the leadership and
	 * the evaluators), the import's, the portal editor's and the administrator's.
	 */
	public record Parts(boolean signedIn, boolean office, boolean importer, boolean editor, boolean admin) {

		String key() {
			return (signedIn ? "s" : "-") + (office ? "o" : "-") + (importer ? "i" : "-") + (editor ? "e" : "-")
					+ (admin ? "a" : "-");
		}
	}
}
