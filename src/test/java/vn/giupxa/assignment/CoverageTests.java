package vn.giupxa.assignment;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.giupxa.IntegrationTest;
import vn.giupxa.support.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The province's coverage as of a date, and the public page "who helps which commune". */
@IntegrationTest
class CoverageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void coverageShowsUncoveredCommunesBusyHelpersAndSharedCommunesAsOfTheDate() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		String page = mvc.perform(get("/assignments/coverage").param("asOf", "2026-06-01").cookie(office))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String uncovered = page.substring(page.indexOf("data-testid=\"uncovered\""), page.indexOf("data-testid=\"busy\""));
		assertThat(uncovered).doesNotContain("Xã Bắc Hà").doesNotContain("Xã Y Tý");
		assertThat(page).contains("Lãnh đạo giúp đỡ nhiều hơn 3 xã", "Phó Giám đốc – Sở Tài chính");
		String shared = page.substring(page.indexOf("data-testid=\"shared\""));
		assertThat(shared).contains("Xã Y Tý", "Xã Lùng Phình");

		mvc.perform(get("/assignments/coverage").param("asOf", "2025-12-31").cookie(office))
			.andExpect(content().string(containsString("Xã chưa có người giúp đỡ (99)")));
	}

	@Test
	void thePublicPageNamesTheHelpersWithoutASessionOrPrivateContacts() throws Exception {
		MvcResult result = mvc.perform(get("/cong-khai/phan-cong-giup-xa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ai giúp xã nào")))
			.andExpect(content().string(containsString("Xã Bắc Hà")))
			.andExpect(content().string(containsString("Lò Văn Páo")))
			.andExpect(content().string(not(containsString("0912 000 103"))))
			.andReturn();
		assertThat(result.getResponse().getCookie("SESSION")).isNull();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void theApiListsAssignmentsOfACommuneAsOfADateWithTheHolderOfThatDay() throws Exception {
		Cookie office = Sessions.loginDemo(mvc, "vpdp");
		mvc.perform(get("/api/v1/assignments").param("commune", "02701").param("asOf", "2026-03-01").cookie(office))
			.andExpect(jsonPath("$.content[?(@.positionTitle == 'Giám đốc' && @.agencyName =~ /.*Nông nghiệp.*/)].helperName")
				.value("Trần Minh Đức"));
		mvc.perform(get("/api/v1/assignments").param("commune", "02701").param("asOf", "2026-05-01").cookie(office))
			.andExpect(jsonPath("$.content[?(@.positionTitle == 'Giám đốc' && @.agencyName =~ /.*Nông nghiệp.*/)].helperName")
				.value("Đặng Quốc Khánh"));
		mvc.perform(get("/api/v1/assignments").param("asOf", "2025-01-01").cookie(office))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/assignments").param("asOf", "not-a-date").cookie(office))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/assignments")).andExpect(status().isUnauthorized());
	}
}
