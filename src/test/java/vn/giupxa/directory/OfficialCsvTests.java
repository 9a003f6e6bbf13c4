package vn.giupxa.directory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import vn.giupxa.directory.OfficialCsv.AgencySeats;
import vn.giupxa.directory.OfficialCsv.Problem;
import vn.giupxa.directory.OfficialCsv.Result;
import vn.giupxa.directory.OfficialCsv.Seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OfficialCsvTests {

	private static final String HEADER = "full_name,email,phone,agency_code,position_title,start_on\n";

	private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	/** One agency, LCI-SNNMT: a director, two seats both titled "Phó Giám đốc", and a seat that ended. */
	private final OfficialCsv.Lookup lookup = new OfficialCsv.Lookup() {

		@Override
		public Set<String> takenEmails(List<String> emails) {
			return Set.of("taken@laocai.gov.vn");
		}

		@Override
		public Optional<AgencySeats> agency(String code) {
			Map<String, AgencySeats> agencies = Map.of("LCI-SNNMT", new AgencySeats(1, List.of(
					new Seat(10, "Giám đốc", LocalDate.of(2025, 7, 1), null),
					new Seat(11, "Phó Giám đốc", LocalDate.of(2025, 7, 1), null),
					new Seat(12, "Phó  giám đốc", LocalDate.of(2025, 7, 1), null),
					new Seat(13, "Chánh Văn phòng", null, LocalDate.of(2025, 6, 30)))));
			return Optional.ofNullable(agencies.get(code.toUpperCase(Locale.ROOT)));
		}
	};

	@Test
	void aGoodFileWithByteOrderMarkGivesEveryRowWithItsLineAndSeat() {
		Result result = read("\uFEFF" + HEADER
				+ "Nguyễn Văn An,an.nv@laocai.gov.vn,0912 345 678,LCI-SNNMT,giám  đốc,01/07/2025\r\n"
				+ "\r\n"
				+ "\"Trần Thị Bình, Ph.D.\",,,,,\r\n"
				+ "Lò Văn Chiến,chien@laocai.gov.vn\r\n");

		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).extracting("line", "fullName", "email", "phone", "positionId", "startOn").containsExactly(
				tuple(2L, "Nguyễn Văn An", "an.nv@laocai.gov.vn", "0912 345 678", 10L, LocalDate.of(2025, 7, 1)),
				tuple(4L, "Trần Thị Bình, Ph.D.", null, null, null, null),
				tuple(5L, "Lò Văn Chiến", "chien@laocai.gov.vn", null, null, null));
	}

	@Test
	void aSemicolonSeparatedFileFromASpreadsheetIsRead() {
		Result result = read("full_name;email;agency_code;position_title;start_on\n"
				+ "Nguyễn Văn An;an@laocai.gov.vn;lci-snnmt;Giám đốc;1/7/2025\n");

		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).singleElement().satisfies(row -> {
			assertThat(row.positionId()).isEqualTo(10L);
			assertThat(row.startOn()).isEqualTo(LocalDate.of(2025, 7, 1));
		});
	}

	@Test
	void everyBadRowIsNamedByLineAndColumn() {
		Result result = read(HEADER
				+ ",missing.name@laocai.gov.vn,,,,\n"
				+ "Bad Email,not-an-email,,,,\n"
				+ "First,same@laocai.gov.vn,,,,\n"
				+ "Second,SAME@laocai.gov.vn,,,,\n"
				+ "Taken,taken@laocai.gov.vn,,,,\n"
				+ "Unknown Agency,,,LCI-NOPE,Giám đốc,01/07/2025\n"
				+ "Unknown Position,,,LCI-SNNMT,Trưởng phòng,01/07/2025\n"
				+ "Bad Date,,,LCI-SNNMT,Giám đốc,31/02/2026\n"
				+ "Too Many,,,,,,extra\n"
				+ "No Agency,,,,Giám đốc,01/07/2025\n"
				+ "Two Seats,,,LCI-SNNMT,Phó Giám đốc,01/07/2025\n"
				+ "Ended Seat,,,LCI-SNNMT,Chánh Văn phòng,01/07/2025\n"
				+ "No Start,,,LCI-SNNMT,Giám đốc,\n"
				+ "Bad Phone,,call me,,,\n"
				+ "Good Row,good@laocai.gov.vn,,,,\n");

		assertThat(result.ok()).isFalse();
		assertThat(result.problems()).extracting(Problem::line, Problem::column, Problem::messageKey).containsExactly(
				tuple(2L, "full_name", "directory.official.fullName.required"),
				tuple(3L, "email", "directory.email.invalid"),
				tuple(5L, "email", "directory.import.email.duplicateInFile"),
				tuple(6L, "email", "directory.import.email.taken"),
				tuple(7L, "agency_code", "directory.import.agency.unknown"),
				tuple(8L, "position_title", "directory.import.position.unknown"),
				tuple(9L, "start_on", "directory.import.startOn.invalid"),
				tuple(10L, null, "directory.import.tooManyColumns"),
				tuple(11L, "agency_code", "directory.import.agency.required"),
				tuple(12L, "position_title", "directory.import.position.ambiguous"),
				tuple(13L, "position_title", "directory.import.position.notInForce"),
				tuple(14L, "start_on", "directory.import.startOn.required"),
				tuple(15L, "phone", "directory.phone.invalid"));
		assertThat(result.problems().get(2).arguments()).containsExactly("SAME@laocai.gov.vn", "4");
		assertThat(result.problems().get(6).arguments()).containsExactly("31/02/2026");
		assertThat(result.problems().get(7).arguments()).containsExactly("7", "6");
	}

	@Test
	void linesAreCountedInTheFileEvenWhenAQuotedValueSpansLines() {
		Result result = read(HEADER + "\"Nguyễn\nVăn An\",,,,,\n" + "Bad,bad-email,,,,\n");

		assertThat(result.problems()).extracting(Problem::line, Problem::column).containsExactly(tuple(4L, "email"));
	}

	@Test
	void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
		Result result = read("EMAIL, Full_Name\nan@laocai.gov.vn,Nguyễn Văn An\n");

		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).extracting("fullName", "email").containsExactly(tuple("Nguyễn Văn An", "an@laocai.gov.vn"));
	}

	@Test
	void aHeaderThatIsNotOursIsRefused() {
		assertThat(read("ho_ten,email\nAn,an@laocai.gov.vn\n").problems())
			.extracting(Problem::line, Problem::messageKey)
			.containsExactly(tuple(1L, "directory.import.header.unknown"), tuple(1L, "directory.import.header.missing"));
		assertThat(read("full_name,email,email\nAn,a@b.vn,c@d.vn\n").problems())
			.extracting(Problem::messageKey).containsExactly("directory.import.header.duplicate");
	}

	@Test
	void filesThatAreNotCsvTextAreRefusedAsAWhole() {
		assertThat(keys(new byte[0])).containsExactly("directory.import.empty");
		assertThat(keys(HEADER.getBytes(StandardCharsets.UTF_8))).containsExactly("directory.import.noRows");
		assertThat(keys(new byte[] { 'f', 'u', 'l', 'l', 0, 0, 1, 2 })).containsExactly("directory.import.binary");
		assertThat(keys(new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 })).containsExactly("directory.import.spreadsheet");
		assertThat(keys((HEADER + "Nguyên,,,,,\n").getBytes(StandardCharsets.ISO_8859_1)))
			.containsExactly("directory.import.notUtf8");
		assertThat(keys((HEADER + "\"Nguyễn Văn An,,,,,\n").getBytes(StandardCharsets.UTF_8)))
			.containsExactly("directory.import.malformed");
	}

	@Test
	void filesOverTwoMegabytesOrFiveThousandRowsAreRefused() {
		byte[] big = new byte[CsvText.MAX_BYTES + 1];
		Arrays.fill(big, (byte) 'a');
		assertThat(keys(big)).containsExactly("directory.import.tooLarge");

		StringBuilder rows = new StringBuilder(HEADER);
		for (int i = 0; i <= OfficialCsv.MAX_ROWS; i++) {
			rows.append("Cán bộ ").append(i).append(",,,,,\n");
		}
		assertThat(keys(rows.toString().getBytes(StandardCharsets.UTF_8))).containsExactly("directory.import.tooManyRows");
		assertThat(read(rows.substring(0, rows.lastIndexOf("Cán bộ"))).rows()).hasSize(OfficialCsv.MAX_ROWS);
	}

	private Result read(String text) {
		return OfficialCsv.read(text.getBytes(StandardCharsets.UTF_8), validator, lookup);
	}

	private List<String> keys(byte[] content) {
		Result result = OfficialCsv.read(content, validator, lookup);
		assertThat(result.rows()).isEmpty();
		return result.problems().stream().map(Problem::messageKey).toList();
	}
}
