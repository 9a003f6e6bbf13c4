package vn.giupxa.portal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Known robots by User-Agent: search engines, feed readers, monitors, command-line clients, or no User-Agent at all. */
final class Bots {

	private static final Pattern ROBOT = Pattern.compile(
			"bot\\b|bot/|crawl|spider|slurp|bingpreview|facebookexternalhit|mediapartners|feedfetcher|"
					+ "curl/|wget/|python-requests|python-urllib|java/|okhttp|go-http-client|libwww|httpclient|"
					+ "scrapy|headlesschrome|phantomjs|monitor|pingdom|uptime|lighthouse|coccoc",
			Pattern.CASE_INSENSITIVE);

	private Bots() {
	}

	static boolean isBot(String userAgent) {
		return userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
	}
}
