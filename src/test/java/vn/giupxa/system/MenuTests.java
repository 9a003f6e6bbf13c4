package vn.giupxa.system;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The layout's menu shows each role the entries of its rules (checked once per page, fragments/layout.html),
 * and nothing of a signed-in user's menu to a visitor; the menu is rendered once per language and set of entries
 * and reused ({@link NavigationMenu}).
 */
@IntegrationTest
class MenuTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({
			// user,        directory, import, portal, admin, assignments link
			"admin,         true,      true,   true,   true,  /assignments/decisions",
			"vpdp,          true,      true,   false,  false, /assignments/decisions",
			"danhgia.snv,   true,      false,  false,  false, /assignments/decisions",
			"xa.bacha,      false,     true,   false,  false, /assignments",
			"bientap,       false,     false,  true,   false, /assignments",
			"totgiupviec,   false,     false,  false,  false, /assignments" })
	void eachRoleSeesTheEntriesOfItsRules(String user, boolean directory, boolean importer, boolean portal,
			boolean admin, String assignments) throws Exception {
		Cookie session = Sessions.loginDemo(mvc, user);

		String page = mvc.perform(get("/units").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("name=\"_csrf\"", "href=\"/home\"", "href=\"/criteria-matrix\"", "data-testid=\"user-menu\"",
				"href=\"/notices\"", "action=\"/logout\"");
		assertThat(page).doesNotContain("href=\"/login\"");
		assertThat(page.contains("href=\"/directory/agencies\"")).isEqualTo(directory);
		assertThat(page.contains("href=\"/criteria/import\"")).isEqualTo(importer);
		assertThat(page.contains("href=\"/portal/articles\"")).isEqualTo(portal);
		assertThat(page.contains("href=\"/admin/accounts\"")).isEqualTo(admin);
		assertThat(page).contains("href=\"" + assignments + "\"");
	}

	/** The menu is rendered once per language and set of parts and reused: every entry a user is shown must open. */
	@ParameterizedTest
	@CsvSource({ "admin", "vpdp", "danhgia.snv", "xa.bacha", "bientap", "totgiupviec", "huyen.bacha" })
	void everyEntryOfTheMenuOpensForTheUserItIsShownTo(String user) throws Exception {
		Cookie session = Sessions.loginDemo(mvc, user);
		String page = mvc.perform(get("/units").cookie(session)).andReturn().getResponse().getContentAsString();
		String menu = menuOf(page);
		List<String> links = Pattern.compile("href=\"(/[^\"]*)\"")
			.matcher(menu)
			.results()
			.map(link -> link.group(1))
			.toList();

		assertThat(links).hasSizeGreaterThan(10);
		for (String link : links) {
			int status = mvc.perform(get(link).cookie(session)).andReturn().getResponse().getStatus();
			assertThat(status).as(user + " " + link).isBetween(200, 399);
		}
	}

	@Test
	void theMenuIsInTheReadersLanguageAndTheSameForUsersOfTheSameRoles() throws Exception {
		String vietnamese = menuOf(mvc.perform(get("/units")).andReturn().getResponse().getContentAsString());
		String english = menuOf(mvc.perform(get("/units").param("lang", "en")).andReturn().getResponse().getContentAsString());

		assertThat(vietnamese).contains("Chương trình và tiêu chí").doesNotContain("Programs and criteria");
		assertThat(english).contains("Programs and criteria").doesNotContain("Chương trình và tiêu chí");
		assertThat(menuOf(mvc.perform(get("/units").cookie(Sessions.loginDemo(mvc, "xa.bacha")))
			.andReturn().getResponse().getContentAsString()))
			.isEqualTo(menuOf(mvc.perform(get("/programs").cookie(Sessions.loginDemo(mvc, "xa.bacha")))
				.andReturn().getResponse().getContentAsString()));
	}

	private static String menuOf(String page) {
		return page.substring(page.indexOf("<ul class=\"navbar-nav me-auto\">"),
				page.indexOf("<ul class=\"navbar-nav align-items-lg-center"));
	}

	@Test
	void aVisitorSeesTheLogInLinkAndNoSignedInEntries() throws Exception {
		String page = mvc.perform(get("/units")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("href=\"/login\"", "href=\"/cong-khai/phan-cong-giup-xa\"", "href=\"/programs\"");
		assertThat(page).doesNotContain("name=\"_csrf\"", "href=\"/home\"", "href=\"/criteria-matrix\"", "href=\"/notices\"",
				"href=\"/directory/agencies\"", "href=\"/criteria/import\"", "href=\"/portal/articles\"",
				"href=\"/admin/accounts\"", "action=\"/logout\"");
	}
}
