package vn.giupxa.shared;

import java.util.Map;
import java.util.Optional;

/**
 * A block a module adds to the signed-in home page (what needs the user's attention: overdue items,
 * reminders). The home page renders {@code fragment} (a Thymeleaf fragment expression such as
 * {@code "obstacle/home :: panel"}) with the model this returns; empty means "nothing to show".
 */
public interface HomePanel {

	/** The panel's model for this user, or empty when it has nothing for them. */
	Optional<Map<String, Object>> modelFor(ScopedUser user);

	/** The Thymeleaf template and fragment, e.g. {@code "obstacle/home"} and {@code "panel"}. */
	String template();

	/** Lower comes first. */
	default int order() {
		return 100;
	}
}
