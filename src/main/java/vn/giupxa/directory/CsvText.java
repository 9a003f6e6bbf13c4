package vn.giupxa.directory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of an uploaded CSV file, or why it has none (empty, too big, a spreadsheet, binary, not
 * UTF-8). Knows the line of each character, so that problems in quoted values spanning lines are
 * still reported on the line a spreadsheet shows.
 *
 * @param problemKey message key of the reason there is no text; null when there is text
 */
record CsvText(String text, String problemKey, List<String> arguments, int[] lineStarts) {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static CsvText of(byte[] content) {
		if (content.length == 0) {
			return unreadable("directory.import.empty");
		}
		if (content.length > MAX_BYTES) {
			return unreadable("directory.import.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
		}
		if (content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			return unreadable("directory.import.spreadsheet");
		}
		for (byte b : content) {
			if (b == 0) {
				return unreadable("directory.import.binary");
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return readable(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (CharacterCodingException notUtf8) {
			return unreadable("directory.import.notUtf8");
		}
	}

	boolean isReadable() {
		return text != null;
	}

	/** A semicolon-separated header means the file came from a spreadsheet set up with a comma as decimal mark. */
	char delimiter() {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
	}

	/** The line (from 1) holding the character at this position. */
	long lineOf(long position) {
		int index = Arrays.binarySearch(lineStarts, (int) position);
		return index >= 0 ? index + 1 : -index - 1;
	}

	private static CsvText readable(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return new CsvText(text, null, List.of(), starts.stream().mapToInt(Integer::intValue).toArray());
	}

	private static CsvText unreadable(String problemKey, String... arguments) {
		return new CsvText(null, problemKey, List.of(arguments), new int[0]);
	}
}
