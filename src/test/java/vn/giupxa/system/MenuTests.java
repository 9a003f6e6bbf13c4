package vn.giupxa.system;

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
 * and nothing of a signed-in user's menu to a visitor.
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

	@Test
	void aVisitorSeesTheLogInLinkAndNoSignedInEntries() throws Exception {
		String page = mvc.perform(get("/units")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("href=\"/login\"", "href=\"/cong-khai/phan-cong-giup-xa\"", "href=\"/programs\"");
		assertThat(page).doesNotContain("name=\"_csrf\"", "href=\"/home\"", "href=\"/criteria-matrix\"", "href=\"/notices\"",
				"href=\"/directory/agencies\"", "href=\"/criteria/import\"", "href=\"/portal/articles\"",
				"href=\"/admin/accounts\"", "action=\"/logout\"");
	}
}
