package vn.giupxa.fieldwork;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * The visit report: what was found (mandatory), recommendations, and difficulties, each of which becomes an
 * obstacle record, plus photos and files. Blank difficulty lines are ignored.
 */
record ReportForm(
		@NotBlank(message = "{fieldwork.visit.summary.required}") @Size(max = 20000, message = "{fieldwork.visit.summary.tooLong}") String summary,
		@Size(max = 20000, message = "{fieldwork.visit.recommendations.tooLong}") String recommendations,
		List<DifficultyLine> difficulties, Long version, List<MultipartFile> files) {

	/** Lines shown on an empty form. */
	static final int BLANK_LINES = 3;

	ReportForm {
		difficulties = difficulties == null ? new ArrayList<>() : new ArrayList<>(difficulties);
		while (difficulties.size() < BLANK_LINES) {
			difficulties.add(new DifficultyLine("", "", ""));
		}
	}

	static ReportForm empty(long version) {
		return new ReportForm("", "", List.of(), version, List.of());
	}

	List<DifficultyLine> filled() {
		return difficulties.stream().filter(line -> line != null && !line.isBlank()).toList();
	}

	/** One difficulty found on the visit. */
	record DifficultyLine(String title, String description, String categoryCode) {

		boolean isBlank() {
			return (title == null || title.isBlank()) && (description == null || description.isBlank());
		}
	}
}
