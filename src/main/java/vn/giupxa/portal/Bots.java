package vn.giupxa.portal;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Known robots by User-Agent: search engines, feed readers, monitors, command-line clients, or no User-Agent at all. */
final class Bots {

	private static final Pattern ROBOT = Pattern.compile(
			"bot\\b|bot/|crawl|spider|slurp|bingpreview|facebookexternalhit|mediapartners|feedfetcher|"
					+ "curl/|wget/|python-requests|python-urllib|java/|okhttp|go-http-client|libwww|httpclient|"
					+ "scrapy|headlesschrome|phantomjs|monitor|pingdom|uptime|lighthouse|coccoc");

	/** How many User-Agents' answers are remembered (a client chooses its User-Agent: the memory is capped). */
	private static final int REMEMBERED = 4096;

	/** Answers for User-Agents seen lately: most readers send one of a few, and the pattern costs microseconds. */
	private static final ConcurrentHashMap<String, Boolean> KNOWN = new ConcurrentHashMap<>();

	private Bots() {
	}

	static boolean isBot(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return true;
		}
		Boolean bot = KNOWN.get(userAgent);
		if (bot == null) {
			bot = ROBOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
			if (KNOWN.size() >= REMEMBERED) {
				KNOWN.clear();
			}
			KNOWN.put(userAgent, bot);
		}
		return bot;
	}
}
