package vn.giupxa.territory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.giupxa.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theTwoTierMapOf2026Has34ProvincesAnd3321CommunesAndNoDistricts() throws Exception {
		mvc.perform(get("/api/v1/units?level=PROVINCE&asOf=2026-01-15"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements", is(34)));
		mvc.perform(get("/api/v1/units?level=COMMUNE&asOf=2026-01-15&size=1"))
			.andExpect(jsonPath("$.totalElements", is(3321)));
		mvc.perform(get("/api/v1/units?level=DISTRICT&asOf=2026-01-15"))
			.andExpect(jsonPath("$.totalElements", is(0)));
	}

	@Test
	void theThreeTierMapOf2023Has63ProvincesAndItsDistricts() throws Exception {
		mvc.perform(get("/api/v1/units?level=PROVINCE&asOf=2023-08-31"))
			.andExpect(jsonPath("$.totalElements", is(63)));
		mvc.perform(get("/api/v1/units?level=DISTRICT&asOf=2023-08-31&size=1"))
			.andExpect(jsonPath("$.totalElements", is(696)));
		mvc.perform(get("/api/v1/units?level=DISTRICT&asOf=2023-08-31&parent=10&size=50"))
			.andExpect(jsonPath("$.totalElements", is(9)))
			.andExpect(jsonPath("$.content[*].parentCode", everyItem(is("10"))))
			.andExpect(jsonPath("$.content[*].name", hasItem("Huyện Bắc Hà")));
	}

	@Test
	void provinceCodeFifteenMeansYenBaiIn2023AndLaoCaiIn2026() throws Exception {
		mvc.perform(get("/api/v1/units/15?asOf=2023-08-31"))
			.andExpect(jsonPath("$.name", is("Tỉnh Yên Bái")))
			.andExpect(jsonPath("$.validTo", is("2025-06-30")))
			.andExpect(jsonPath("$.mergedInto[0].unit.name", is("Tỉnh Lào Cai")));
		mvc.perform(get("/api/v1/units/15?asOf=2026-01-15"))
			.andExpect(jsonPath("$.name", is("Tỉnh Lào Cai")))
			.andExpect(jsonPath("$.validFrom", is("2025-07-01")))
			.andExpect(jsonPath("$.mergedFrom[*].unit.name", hasItem("Tỉnh Lào Cai")))
			.andExpect(jsonPath("$.mergedFrom[*].unit.name", hasItem("Tỉnh Yên Bái")));
	}

	@Test
	void aNewCommuneShowsTheOldCommunesItWasFormedFrom() throws Exception {
		mvc.perform(get("/api/v1/units/02839"))
			.andExpect(jsonPath("$.name", is("Xã Bắc Hà")))
			.andExpect(jsonPath("$.parentCode", is("15")))
			.andExpect(jsonPath("$.mergedFrom[*].unit.parentName", everyItem(is("Huyện Bắc Hà"))))
			.andExpect(jsonPath("$.mergedFrom.length()", org.hamcrest.Matchers.greaterThan(1)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "xa tan lap", "XÃ TÂN LẬP", "Xa Tan Lap", "xã tân lập" })
	void searchIgnoresAccentsAndCase(String text) throws Exception {
		mvc.perform(get("/api/v1/units").param("q", text).param("level", "COMMUNE").param("asOf", "2026-01-15"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements", is(3)))
			.andExpect(jsonPath("$.content[*].name", everyItem(is("Xã Tân Lập"))));
	}

	@Test
	void decomposedInputFindsTheSameUnits() throws Exception {
		String decomposed = java.text.Normalizer.normalize("Xã Tân Lập", java.text.Normalizer.Form.NFD);
		mvc.perform(get("/api/v1/units").param("q", decomposed).param("level", "COMMUNE"))
			.andExpect(jsonPath("$.totalElements", is(3)));
	}

	@Test
	void unknownCodeIsA404ProblemInVietnamese() throws Exception {
		mvc.perform(get("/api/v1/units/99999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("99999")))
			.andExpect(jsonPath("$.title", is("Không tìm thấy trang")));
	}

	@Test
	void malformedDateOrLevelIsA400NamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/units?asOf=31-08-2023"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("asOf")))
			.andExpect(jsonPath("$.errors[0].field", is("asOf")));
		mvc.perform(get("/api/v1/units?level=HAMLET"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("level")));
	}

	@Test
	void unitPagesShowTheMapOfTheChosenDate() throws Exception {
		mvc.perform(get("/units/10?asOf=2023-08-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huyện Bắc Hà")))
			.andExpect(content().string(containsString("30/06/2025")));
		mvc.perform(get("/units").param("q", "xa tan lap"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Tân Lập")));
		mvc.perform(get("/units/99999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy đơn vị hành chính có mã 99999")));
		mvc.perform(get("/units?asOf=not-a-date"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("asOf")));
	}
}
