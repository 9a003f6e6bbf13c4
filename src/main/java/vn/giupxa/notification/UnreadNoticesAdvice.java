package vn.giupxa.notification;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.ScopedUser;

/** Puts the signed-in user's unread count into every page model for the navigation bar badge. */
@ControllerAdvice(annotations = Controller.class)
class UnreadNoticesAdvice {

	private final Notifications notifications;

	UnreadNoticesAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotices")
	Long unreadNotices() {
		return CurrentUser.get().map(ScopedUser::username).map(notifications::unreadCount).orElse(null);
	}
}
