package vn.giupxa.portal;

import java.util.Locale;

import vn.giupxa.shared.Texts;

/** Web addresses without accents: "Tăng cường giúp đỡ xã" → {@code tang-cuong-giup-do-xa}. */
final class Slugs {

	private static final int MAX_LENGTH = 120;

	private Slugs() {
	}

	static String of(String text) {
		String folded = Texts.withoutAccents(text == null ? "" : text);
		String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "bai-viet" : slug;
	}

	static boolean valid(String slug) {
		return slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= 200;
	}
}
