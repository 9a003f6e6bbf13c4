package vn.giupxa.notification;

import java.util.List;
import java.util.Set;

/**
 * What a module asks to tell people. The text is a message key with arguments, so each recipient
 * reads it in their own language; {@code dedupeKey} (optional) makes it arrive at most once per
 * recipient, e.g. {@code "visit-report-due:42:2026-11-26"} for a daily reminder.
 */
public record Notice(Set<String> recipients, String messageKey, List<String> arguments, String link, String dedupeKey,
		boolean email) {

	public Notice {
		recipients = Set.copyOf(recipients);
		arguments = List.copyOf(arguments);
		if (messageKey == null || messageKey.isBlank()) {
			throw new IllegalArgumentException("messageKey is required");
		}
	}
}
