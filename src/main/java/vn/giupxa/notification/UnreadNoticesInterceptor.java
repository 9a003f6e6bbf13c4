package vn.giupxa.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.ScopedUser;

/**
 * Puts the signed-in user's unread count into the model of every page rendered with a view, for the
 * navigation bar badge. Only pages: JSON answers and redirects never show the badge, so they do not
 * pay for the count (a controller advice ran it for every API request too).
 */
@Configuration(proxyBeanMethods = false)
class UnreadNoticesInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final Notifications notifications;

	UnreadNoticesInterceptor(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !page.isReference() || page.getViewName() == null
				|| page.getViewName().startsWith("redirect:")) {
			return;
		}
		CurrentUser.get()
			.map(ScopedUser::username)
			.ifPresent(username -> page.addObject("unreadNotices", notifications.unreadCount(username)));
	}
}
