package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.giupxa.IntegrationTest;
import vn.giupxa.shared.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.giupxa.directory.DirectoryFixtures.notShowing;
import static vn.giupxa.directory.DirectoryFixtures.showing;

@IntegrationTest
class DirectoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	private DirectoryFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DirectoryFixtures(jdbc);
	}

	@Test
	void anAgencyIsCreatedFromTheFormAndFoundWithoutAccents() throws Exception {
		String code = "N-" + fixtures.suffix;
		MvcResult created = mvc.perform(post("/directory/agencies/new").with(user(Officer.admin())).with(csrf())
				.param("code", code).param("name", "Sở Đổi mới Sáng tạo " + fixtures.suffix).param("kind", "DEPARTMENT")
				.param("unitCode", "15").param("email", "dmst@laocai.gov.vn"))
			.andExpect(redirectedUrlPattern("/directory/agencies/*"))
			.andExpect(flash().attribute("message", "directory.agency.created"))
			.andReturn();

		mvc.perform(get("/directory/agencies").param("q", "so doi moi sang tao " + fixtures.suffix.toLowerCase())
				.with(user(Officer.of("EVALUATOR", Scope.everywhere()))))
			.andExpect(status().isOk())
			.andExpect(showing(created.getResponse().getRedirectedUrl()))
			.andExpect(showing("Sở Đổi mới Sáng tạo " + fixtures.suffix));
		assertThat(directory.agencyByCode(code.toLowerCase())).hasValueSatisfying(agency -> {
			assertThat(agency.unitName()).isEqualTo("Tỉnh Lào Cai");
			assertThat(agency.kind()).isEqualTo(AgencyKind.DEPARTMENT);
		});
	}

	@Test
	void badInputShowsTheFormAgainWithVietnameseMessagesAndWhatWasTyped() throws Exception {
		mvc.perform(post("/directory/agencies/new").with(user(Officer.admin())).with(csrf())
				.param("code", "có dấu").param("name", "").param("kind", "DEPARTMENT").param("unitCode", "15")
				.param("email", "not-an-email").param("address", "Phường Yên Bái " + fixtures.suffix))
			.andExpect(status().isOk())
			.andExpect(showing("Vui lòng sửa các ô được đánh dấu"))
			.andExpect(showing("Vui lòng nhập tên cơ quan, đơn vị."))
			.andExpect(showing("Mã cơ quan dài tối đa 32 ký tự"))
			.andExpect(showing("Địa chỉ thư điện tử không hợp lệ"))
			.andExpect(showing("value=\"Phường Yên Bái " + fixtures.suffix + "\""));
		mvc.perform(post("/directory/agencies/new").with(user(Officer.admin())).with(csrf())
				.param("code", "U-" + fixtures.suffix).param("name", "Sở Thử").param("kind", "DEPARTMENT")
				.param("unitCode", "99999").param("validFrom", "2025-07-01").param("validTo", "2025-01-01"))
			.andExpect(status().isOk())
			.andExpect(showing("Không có đơn vị hành chính có mã 99999"))
			.andExpect(showing("Ngày kết thúc không được trước ngày bắt đầu."));
		mvc.perform(post("/directory/agencies/new").with(user(Officer.admin())).with(csrf())
				.param("code", "U-" + fixtures.suffix).param("name", "Sở Thử " + fixtures.suffix).param("kind", "DEPARTMENT")
				.param("unitCode", "15").param("validFrom", "31/02/2025"))
			.andExpect(status().isOk())
			.andExpect(showing("Ngày không hợp lệ."))
			.andExpect(showing("value=\"Sở Thử " + fixtures.suffix + "\""));
		assertThat(directory.agencyByCode("U-" + fixtures.suffix)).isEmpty();
	}

	@Test
	void appointingASuccessorOnThePageEndsThePreviousHolderAndRefusesAnOverlap() throws Exception {
		long agency = fixtures.agency("A-" + fixtures.suffix, "Sở Bổ nhiệm " + fixtures.suffix);
		long seat = fixtures.position(agency, "Giám đốc", 1);
		long first = fixtures.official("Nguyễn Văn Trước", null);
		long second = fixtures.official("Trần Văn Sau", null);
		fixtures.holding(seat, first, LocalDate.of(2025, 7, 1));
		String appoint = "/directory/agencies/" + agency + "/positions/" + seat + "/appoint";

		mvc.perform(get(appoint).param("q", "tran van sau").with(user(Officer.admin())))
			.andExpect(status().isOk())
			.andExpect(showing("officialId=" + second));
		mvc.perform(post(appoint).with(user(Officer.admin())).with(csrf())
				.param("officialId", String.valueOf(second)).param("startOn", "2025-07-01"))
			.andExpect(status().isOk())
			.andExpect(showing("Không thể bổ nhiệm từ ngày 01/07/2025"));
		mvc.perform(post(appoint).with(user(Officer.admin())).with(csrf())
				.param("officialId", String.valueOf(second)).param("startOn", "2026-02-01").param("acting", "true"))
			.andExpect(redirectedUrl("/directory/agencies/" + agency))
			.andExpect(flash().attribute("message", "directory.appointment.done"));

		assertThat(directory.holderOn(seat, LocalDate.of(2026, 1, 31))).hasValueSatisfying(
				holder -> assertThat(holder.officialName()).isEqualTo("Nguyễn Văn Trước"));
		assertThat(directory.holderOn(seat, LocalDate.of(2026, 2, 1))).hasValueSatisfying(holder -> {
			assertThat(holder.officialName()).isEqualTo("Trần Văn Sau");
			assertThat(holder.acting()).isTrue();
		});
		assertThat(directory.historyOf(seat)).extracting(HoldingView::officialName, HoldingView::endOn)
			.containsExactly(tuple("Trần Văn Sau", null),
					tuple("Nguyễn Văn Trước", LocalDate.of(2026, 1, 31)));
		mvc.perform(get("/directory/officials/" + first).with(user(Officer.admin())))
			.andExpect(status().isOk())
			.andExpect(showing("01/07/2025 – 31/01/2026"));
	}

	@Test
	void aPositionIsAddedAndAHoldingEndedFromTheAgencyPage() throws Exception {
		long agency = fixtures.agency("P-" + fixtures.suffix, "Sở Chức vụ " + fixtures.suffix);
		mvc.perform(post("/directory/agencies/" + agency + "/positions").with(user(Officer.admin())).with(csrf())
				.param("title", "Phó Giám đốc phụ trách nông thôn mới").param("kind", "DEPUTY_HEAD").param("rank", "2"))
			.andExpect(redirectedUrl("/directory/agencies/" + agency));
		long seat = directory.positionsOf(agency).get(0).id();
		long official = fixtures.official("Lò Thị Kết", null);
		fixtures.holding(seat, official, LocalDate.of(2025, 9, 1));
		long holding = directory.holderOn(seat, LocalDate.of(2025, 9, 1)).orElseThrow().holdingId();
		String end = "/directory/agencies/" + agency + "/positions/" + seat + "/holdings/" + holding + "/end";

		mvc.perform(post(end).with(user(Officer.admin())).with(csrf()).param("endOn", "2025-08-31"))
			.andExpect(status().isOk())
			.andExpect(showing("Ngày thôi giữ chức vụ không được trước ngày bắt đầu (01/09/2025)."));
		mvc.perform(post(end).with(user(Officer.admin())).with(csrf()).param("endOn", "2025-12-31"))
			.andExpect(redirectedUrl("/directory/agencies/" + agency));
		assertThat(directory.holderOn(seat, LocalDate.of(2026, 1, 1))).isEmpty();
		mvc.perform(get("/directory/agencies/" + agency).with(user(Officer.admin())))
			.andExpect(status().isOk())
			.andExpect(showing("Phó Giám đốc phụ trách nông thôn mới"))
			.andExpect(showing("Chức vụ đang để trống."));
	}

	@Test
	void aStaleEditShowsTheFormAgainWithTheStaleMessage() throws Exception {
		long official = fixtures.official("Phạm Văn Cũ", null);
		mvc.perform(post("/directory/officials/" + official).with(user(Officer.admin())).with(csrf())
				.param("fullName", "Phạm Văn Mới").param("version", "0"))
			.andExpect(redirectedUrl("/directory/officials/" + official));
		mvc.perform(post("/directory/officials/" + official).with(user(Officer.admin())).with(csrf())
				.param("fullName", "Phạm Văn Khác").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(showing("Người khác vừa thay đổi dữ liệu này"))
			.andExpect(showing("Phạm Văn Khác"));
		assertThat(directory.official(official)).hasValueSatisfying(o -> assertThat(o.fullName()).isEqualTo("Phạm Văn Mới"));
	}

	@Test
	void aSecondOfficialWithTheSameEmailIsRefused() throws Exception {
		String email = "trung." + fixtures.suffix.toLowerCase() + "@test.vn";
		fixtures.official("Người Thứ Nhất", email);
		mvc.perform(post("/directory/officials/new").with(user(Officer.admin())).with(csrf())
				.param("fullName", "Người Thứ Hai").param("email", email.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(showing("Thư điện tử này đã thuộc về một cán bộ khác."));
	}

	@Test
	void committeesOfAUnitListTheirMembersByRankThenInVietnameseOrder() throws Exception {
		MvcResult created = mvc.perform(post("/directory/committees").with(user(Officer.admin())).with(csrf())
				.param("unitCode", "00004").param("kind", "STEERING_COMMITTEE")
				.param("name", "Ban Chỉ đạo thử nghiệm " + fixtures.suffix).param("validFrom", "2025-07-01"))
			.andExpect(redirectedUrlPattern("/directory/committees/*"))
			.andReturn();
		String committee = created.getResponse().getRedirectedUrl();
		long dao = fixtures.official("Đỗ Văn Bảo", null);
		long duong = fixtures.official("Dương Văn An", null);
		long head = fixtures.official("Vũ Thị Trưởng", null);
		for (long[] member : new long[][] { { dao, 10 }, { duong, 10 }, { head, 1 } }) {
			mvc.perform(post(committee + "/members").with(user(Officer.admin())).with(csrf())
					.param("officialId", String.valueOf(member[0])).param("roleTitle", member[1] == 1 ? "Trưởng ban" : "Thành viên")
					.param("rank", String.valueOf(member[1])).param("startOn", "2025-08-01"))
				.andExpect(redirectedUrl(committee));
		}
		mvc.perform(post(committee + "/members").with(user(Officer.admin())).with(csrf())
				.param("officialId", String.valueOf(dao)).param("roleTitle", "Thành viên").param("rank", "10")
				.param("startOn", "2025-09-01"))
			.andExpect(status().isOk())
			.andExpect(showing("Cán bộ này đã là thành viên từ ngày 01/08/2025."));

		long unit = jdbc.sql("SELECT unit_id FROM committee WHERE name = ?").param("Ban Chỉ đạo thử nghiệm " + fixtures.suffix)
			.query(Long.class).single();
		assertThat(directory.committeesOf(unit, LocalDate.of(2025, 8, 1)))
			.filteredOn(c -> c.name().endsWith(fixtures.suffix))
			.singleElement()
			.satisfies(c -> assertThat(c.members()).extracting(CommitteeMemberView::officialName)
				.containsExactly("Vũ Thị Trưởng", "Dương Văn An", "Đỗ Văn Bảo"));
		assertThat(directory.committeesOf(unit, LocalDate.of(2025, 7, 31)))
			.filteredOn(c -> c.name().endsWith(fixtures.suffix))
			.singleElement()
			.satisfies(c -> assertThat(c.members()).isEmpty());
		mvc.perform(get("/directory/committees").param("unit", "00004").with(user(Officer.admin())))
			.andExpect(status().isOk())
			.andExpect(showing("Ban Chỉ đạo thử nghiệm " + fixtures.suffix))
			.andExpect(showing("Vũ Thị Trưởng"));
	}

	@Test
	void anAgencyOutsideTheCallersScopeDoesNotExistForThem() throws Exception {
		long agency = fixtures.agency("S-" + fixtures.suffix, "Sở Phạm vi " + fixtures.suffix);
		Officer hanoi = Officer.of("PROVINCIAL_LEADERSHIP", Scope.of(Set.of("/01/")));
		Officer laoCai = Officer.of("PROVINCIAL_LEADERSHIP", Scope.of(Set.of("/15/")));

		mvc.perform(get("/directory/agencies/" + agency).with(user(hanoi))).andExpect(status().isNotFound());
		mvc.perform(get("/directory/agencies").param("q", fixtures.suffix).with(user(hanoi)))
			.andExpect(notShowing("Sở Phạm vi " + fixtures.suffix));
		mvc.perform(get("/directory/agencies/" + agency).with(user(laoCai)))
			.andExpect(status().isOk())
			.andExpect(showing("Sở Phạm vi " + fixtures.suffix))
			.andExpect(notShowing("Thêm chức vụ"));
		mvc.perform(get("/directory/committees").param("unit", "15").with(user(hanoi)))
			.andExpect(status().isOk())
			.andExpect(showing("Không có đơn vị hành chính có mã 15"));
	}

	@Test
	void readersMayLookButOnlyTheAdministratorAndTheCoordinationOfficeMayChange() throws Exception {
		Officer evaluator = Officer.of("EVALUATOR", Scope.everywhere());
		mvc.perform(get("/directory/officials").with(user(evaluator))).andExpect(status().isOk());
		mvc.perform(post("/directory/officials/new").with(user(evaluator)).with(csrf()).param("fullName", "Không Được"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/directory/agencies").with(user(Officer.of("COMMUNE_OFFICER", Scope.everywhere()))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/directory/officials/new").with(user(Officer.of("COORDINATION_OFFICE", Scope.everywhere())))
				.with(csrf()).param("fullName", "Được Phép " + fixtures.suffix))
			.andExpect(redirectedUrlPattern("/directory/officials/*"));
	}
}
