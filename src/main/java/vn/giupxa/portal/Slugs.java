package vn.giupxa.portal;

import java.text.Normalizer;
import java.util.Locale;

/** Web addresses without accents: "Tăng cường giúp đỡ xã" → {@code tang-cuong-giup-do-xa}. */
final class Slugs {

	private static final int MAX_LENGTH = 120;

	private Slugs() {
	}

	static String of(String text) {
		String folded = stripAccents(text == null ? "" : text);
		String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "bai-viet" : slug;
	}

	static boolean valid(String slug) {
		return slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= 200;
	}

	/** NFD without combining marks, đ → d. */
	static String stripAccents(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D');
	}
}
