package vn.giupxa.directory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giupxa.IntegrationTest;
import vn.giupxa.shared.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.giupxa.directory.DirectoryFixtures.notShowing;
import static vn.giupxa.directory.DirectoryFixtures.showing;

@IntegrationTest
class OfficialImportTests {

	private static final String HEADER = "full_name,email,phone,agency_code,position_title,start_on\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private DirectoryFixtures fixtures;

	private String agencyCode;

	private long directorSeat;

	private long formerDirector;

	@BeforeEach
	void anAgencyWhoseDirectorHasServedSinceJuly2025() {
		fixtures = new DirectoryFixtures(jdbc);
		agencyCode = "T-" + fixtures.suffix;
		long agency = fixtures.agency(agencyCode, "Sở Thử nghiệm " + fixtures.suffix);
		directorSeat = fixtures.position(agency, "Giám đốc", 1);
		fixtures.position(agency, "Phó Giám đốc", 2);
		formerDirector = fixtures.official("Hoàng Văn Cũ", "cu." + fixtures.suffix + "@test.vn");
		fixtures.holding(directorSeat, formerDirector, LocalDate.of(2025, 7, 1));
	}

	@Test
	void anAdministratorImportsAFileAndEveryOfficialAndAppointmentIsWritten() throws Exception {
		String csv = "\uFEFF" + HEADER
				+ "Nguyễn Văn An," + email("an") + ",0912 345 678," + agencyCode.toLowerCase() + ",giám đốc,01/03/2026\r\n"
				+ "Trần Thị Bình," + email("binh") + ",,,,\r\n"
				+ "\"Lò Văn Chiến, Ph.D.\",,,,,\r\n";

		upload(csv, Officer.admin())
			.andExpect(redirectedUrl("/directory/officials/import"))
			.andExpect(flash().attribute("message", "directory.import.done"))
			.andExpect(flash().attribute("imported", 3));

		long an = jdbc.sql("SELECT id FROM official WHERE email = :email").param("email", email("an")).query(Long.class).single();
		assertThat(fixtures.count("SELECT count(*) FROM official WHERE email = ?", email("binh"))).isEqualTo(1);
		assertThat(fixtures.count("SELECT count(*) FROM official WHERE full_name = ?", "Lò Văn Chiến, Ph.D.")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT end_on FROM position_holding WHERE official_id = :id").param("id", formerDirector)
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(fixtures.count("SELECT count(*) FROM position_holding WHERE official_id = ? AND position_id = ?"
				+ " AND start_on = DATE '2026-03-01' AND end_on IS NULL", an, directorSeat)).isEqualTo(1);
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND object_type = 'Official'"
				+ " AND object_id = ?", String.valueOf(an))).isEqualTo(1);
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT' AND detail = ?",
				"officials-" + fixtures.suffix + ".csv: 3")).isEqualTo(1);
	}

	@Test
	void aFileWithOneBadRowWritesNothingAndNamesTheLineAndColumn() throws Exception {
		String csv = HEADER
				+ "Nguyễn Văn An," + email("an") + ",,,,\n"
				+ "Trần Thị Bình," + email("binh") + ",,,,\n"
				+ "Lò Văn Chiến,chien-at-test.vn,,,,\n";

		upload(csv, Officer.admin())
			.andExpect(status().isOk())
			.andExpect(showing("Chưa nhập cán bộ nào: tệp có 1 lỗi cần sửa."))
			.andExpect(showing("<td class=\"gx-code\">4</td>"))
			.andExpect(showing("Địa chỉ thư điện tử không hợp lệ"));

		assertThat(fixtures.count("SELECT count(*) FROM official WHERE email IN (?, ?)", email("an"), email("binh")))
			.isZero();
	}

	@Test
	void anAppointmentOverlappingTheRecordedHolderIsReportedAndNothingIsWritten() throws Exception {
		String csv = HEADER
				+ "Nguyễn Văn An," + email("an") + ",," + agencyCode + ",Giám đốc,01/07/2025\n";

		upload(csv, Officer.admin())
			.andExpect(status().isOk())
			.andExpect(showing("Không thể bổ nhiệm từ ngày 01/07/2025"));

		assertThat(fixtures.count("SELECT count(*) FROM official WHERE email = ?", email("an"))).isZero();
		assertThat(fixtures.count("SELECT count(*) FROM position_holding WHERE position_id = ? AND end_on IS NULL",
				directorSeat)).isEqualTo(1);
	}

	@Test
	void anAgencyOutsideTheCallersScopeIsUnknownToTheImport() throws Exception {
		Officer hanoiOffice = Officer.of("COORDINATION_OFFICE", Scope.of(Set.of("/01/")));
		String csv = HEADER + "Nguyễn Văn An," + email("an") + ",," + agencyCode + ",Giám đốc,01/03/2026\n";

		upload(csv, hanoiOffice)
			.andExpect(status().isOk())
			.andExpect(showing("Không có cơ quan mã " + agencyCode + " trong phạm vi của bạn."));
	}

	@Test
	void binaryOrOversizedFilesGetAClearMessageNotAnError() throws Exception {
		mvc.perform(multipart("/directory/officials/import")
				.file(new MockMultipartFile("file", "photo.csv", "text/csv", new byte[] { 'G', 'I', 'F', 0, 1, 2 }))
				.with(user(Officer.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(showing("có ký tự nhị phân"));
		byte[] big = new byte[CsvText.MAX_BYTES + 10];
		Arrays.fill(big, (byte) 'x');
		mvc.perform(multipart("/directory/officials/import")
				.file(new MockMultipartFile("file", "big.csv", "text/csv", big))
				.with(user(Officer.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(showing("Tệp lớn hơn 2 MB"));
		mvc.perform(multipart("/directory/officials/import").with(user(Officer.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(showing("Vui lòng chọn một tệp CSV."));
	}

	@Test
	void theTemplateIsAUtf8CsvWithTheColumns() throws Exception {
		byte[] template = mvc.perform(get("/directory/officials/import/template.csv").with(user(Officer.admin())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(template, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFfull_name,email,phone,agency_code,position_title,start_on\r\n");
	}

	@Test
	void anEvaluatorSeesTheImportPageButMayNotImport() throws Exception {
		Officer evaluator = Officer.of("EVALUATOR", Scope.everywhere());
		mvc.perform(get("/directory/officials/import").with(user(evaluator)))
			.andExpect(status().isOk())
			.andExpect(notShowing("multipart/form-data"));
		upload(HEADER + "Nguyễn Văn An," + email("an") + ",,,,\n", evaluator).andExpect(status().isForbidden());
		assertThat(fixtures.count("SELECT count(*) FROM official WHERE email = ?", email("an"))).isZero();
	}

	private ResultActions upload(String csv, Officer officer) throws Exception {
		return mvc.perform(multipart("/directory/officials/import")
			.file(new MockMultipartFile("file", "officials-" + fixtures.suffix + ".csv", "text/csv",
					csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(officer))
			.with(csrf()));
	}

	private String email(String name) {
		return name + "." + fixtures.suffix.toLowerCase() + "@test.vn";
	}
}
