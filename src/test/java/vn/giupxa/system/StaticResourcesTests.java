package vn.giupxa.system;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Static files live under content-hashed addresses cached for a year; page links are left as written. */
@IntegrationTest
class StaticResourcesTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/giupxa-[0-9a-f]{32}\\.css)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void ourStylesheetHasAHashedAddressCachedForAYearAndPageLinksStayAsWritten() throws Exception {
		String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher stylesheet = STYLESHEET.matcher(page);
		assertThat(stylesheet.find()).as("a hashed stylesheet address in %s", page).isTrue();
		mvc.perform(get(stylesheet.group(1)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public"));
		Matcher bootstrap = Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/dist/css/bootstrap[^\"]*\\.css)\"").matcher(page);
		assertThat(bootstrap.find()).as("a versioned Bootstrap address in %s", page).isTrue();
		mvc.perform(get(bootstrap.group(1))).andExpect(status().isOk());
		mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
		assertThat(page).as("a page link is printed as written").contains("href=\"/units\"");

		// The addresses are looked up once, then the same ones are printed on every page.
		String again = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("href=\"" + stylesheet.group(1) + "\"", "href=\"" + bootstrap.group(1) + "\"")
			.contains("href=\"/units\"");
	}
}
