package vn.giupxa.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The few figures of a public page that change with every reader ("Lượt xem", the visitor
 * statistics). Pages are rendered with a token in their place, so the rendered page can be
 * cached, and every response gets the live figures spliced in. Tokens carry a random part
 * chosen at start-up, so text typed by an editor can never be taken for one.
 */
final class PageSlots {

	/** A live figure of a page. */
	enum Slot {
		VIEWS, ONLINE, TODAY, WEEK, TOTAL
	}

	private static final String PREFIX = "gxslot" + Long.toHexString(ThreadLocalRandom.current().nextLong() | 1L << 62);

	private PageSlots() {
	}

	/** What a template prints where the live figure goes. */
	static String token(Slot slot) {
		return PREFIX + slot.ordinal() + "x";
	}

	/** "1.234": the grouping the pages use in both languages. */
	static String grouped(long number) {
		String digits = Long.toString(Math.abs(number));
		StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		if (number < 0) {
			text.append('-');
		}
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				text.append('.');
			}
			text.append(digits.charAt(i));
		}
		return text.toString();
	}

	/** A rendered page cut at its tokens: literal bytes and slots, in order. */
	record Body(List<Object> parts) {

		/** The page cut at its tokens; a page without any is one literal part. */
		static Body of(byte[] html) {
			String text = new String(html, StandardCharsets.UTF_8);
			List<Object> parts = new ArrayList<>();
			int from = 0;
			for (int at = text.indexOf(PREFIX); at >= 0; at = text.indexOf(PREFIX, from)) {
				int end = text.indexOf('x', at + PREFIX.length());
				Slot slot = end < 0 ? null : slot(text.substring(at + PREFIX.length(), end));
				if (slot == null) {
					break;
				}
				parts.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
				parts.add(slot);
				from = end + 1;
			}
			parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
			return new Body(List.copyOf(parts));
		}

		boolean hasSlot(Slot slot) {
			return parts.contains(slot);
		}

		int size() {
			return parts.stream().mapToInt(part -> part instanceof byte[] bytes ? bytes.length : 16).sum();
		}

		/** The page with each slot's live figure. */
		byte[] render(Map<Slot, String> values) {
			List<byte[]> pieces = new ArrayList<>(parts.size());
			int length = 0;
			for (Object part : parts) {
				byte[] bytes = part instanceof byte[] literal ? literal
						: values.getOrDefault((Slot) part, "").getBytes(StandardCharsets.UTF_8);
				pieces.add(bytes);
				length += bytes.length;
			}
			byte[] page = new byte[length];
			int at = 0;
			for (byte[] piece : pieces) {
				System.arraycopy(piece, 0, page, at, piece.length);
				at += piece.length;
			}
			return page;
		}

		private static Slot slot(String ordinal) {
			try {
				int n = Integer.parseInt(ordinal);
				return n >= 0 && n < Slot.values().length ? Slot.values()[n] : null;
			}
			catch (NumberFormatException notOurs) {
				return null;
			}
		}
	}

	/** The statistics block's figures as the templates print them (tokens, for the page cache). */
	record Statistics(String online, String today, String week, String total) {

		static final Statistics TOKENS = new Statistics(token(Slot.ONLINE), token(Slot.TODAY), token(Slot.WEEK),
				token(Slot.TOTAL));
	}

	/** The live figures of the statistics block. */
	static Map<Slot, String> values(VisitorStatistics.Summary summary) {
		Map<Slot, String> values = new EnumMap<>(Slot.class);
		values.put(Slot.ONLINE, grouped(summary.online()));
		values.put(Slot.TODAY, grouped(summary.today()));
		values.put(Slot.WEEK, grouped(summary.week()));
		values.put(Slot.TOTAL, grouped(summary.total()));
		return values;
	}
}
