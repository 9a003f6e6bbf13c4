package vn.giupxa.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Text rules shared by all modules: stored text is NFC and trimmed, names sort with the Vietnamese collator.
 */
public final class Texts {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private Texts() {
	}

	/** Trimmed NFC text, or null when blank. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
		return normalised.isEmpty() ? null : normalised;
	}

	/** The text with Vietnamese diacritics removed ("Đắk Lắk" → "Dak Lak"), for slugs, file names and matching. */
	public static String withoutAccents(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D');
	}

	/** A comparator that orders by the given key the way a Vietnamese reader expects (a, ă, â, b … đ after d). */
	public static <T> Comparator<T> vietnameseOrder(Function<T, String> key) {
		Collator collator = Collator.getInstance(VIETNAMESE);
		collator.setStrength(Collator.SECONDARY);
		return Comparator.comparing(key, collator);
	}
}
