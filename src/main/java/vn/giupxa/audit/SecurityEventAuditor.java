package vn.giupxa.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records logins, logouts, failed logins and denied access. Anonymous requests that are sent to
 * the login page are not denials worth recording; an authenticated caller refused is.
 */
@Component
class SecurityEventAuditor {

	private final AuditTrail trail;

	SecurityEventAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	@Transactional
	void loggedIn(AuthenticationSuccessEvent event) {
		trail.record(event.getAuthentication().getName(), AuditAction.LOGIN, "Account",
				event.getAuthentication().getName(), null);
	}

	@EventListener
	@Transactional
	void loginFailed(AbstractAuthenticationFailureEvent event) {
		trail.record(event.getAuthentication().getName(), AuditAction.LOGIN_FAILED, "Account",
				event.getAuthentication().getName(), event.getException().getClass().getSimpleName());
	}

	@EventListener
	@Transactional
	void loggedOut(LogoutSuccessEvent event) {
		trail.record(event.getAuthentication().getName(), AuditAction.LOGOUT, "Account",
				event.getAuthentication().getName(), null);
	}

	@EventListener
	@Transactional
	void denied(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return;
		}
		trail.record(authentication.getName(), AuditAction.ACCESS_DENIED, "Request", describe(event.getSource()), null);
	}

	private static String describe(Object source) {
		if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
			return request.getMethod() + " " + request.getRequestURI();
		}
		String text = String.valueOf(source);
		return text.length() > 100 ? text.substring(0, 100) : text;
	}
}
