package vn.giupxa.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Robots are told apart by User-Agent in any letter case, and a remembered answer is the same answer. */
class BotsTests {

	@Test
	void robotsAreKnownInAnyCaseAndReadersAreNot() {
		for (int round = 0; round < 2; round++) {
			assertThat(Bots.isBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).isTrue();
			assertThat(Bots.isBot("Mozilla/5.0 (compatible; BINGBOT/2.0)")).isTrue();
			assertThat(Bots.isBot("curl/8.5.0")).isTrue();
			assertThat(Bots.isBot("Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36 CocCoc")).isTrue();
			assertThat(Bots.isBot(null)).isTrue();
			assertThat(Bots.isBot("  ")).isTrue();
			assertThat(Bots.isBot("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0")).isFalse();
			assertThat(Bots.isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1")).isFalse();
		}
	}

	@Test
	void manyDifferentUserAgentsKeepGettingTheRightAnswer() {
		for (int i = 0; i < 10_000; i++) {
			assertThat(Bots.isBot("Reader/" + i + " Firefox/140.0")).isFalse();
			assertThat(Bots.isBot("Spider/" + i)).isTrue();
		}
	}
}
