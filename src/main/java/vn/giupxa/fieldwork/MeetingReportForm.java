package vn.giupxa.fieldwork;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The attendance report: what was discussed (mandatory), recommendations, and the difficulties the commune raised,
 * each of which becomes an obstacle record. Blank difficulty lines are ignored.
 */
record MeetingReportForm(
		@NotBlank(message = "{fieldwork.meeting.discussed.required}") @Size(max = 20000, message = "{fieldwork.visit.summary.tooLong}") String discussed,
		@Size(max = 20000, message = "{fieldwork.visit.recommendations.tooLong}") String recommendations,
		List<ReportForm.DifficultyLine> difficulties, Long version) {

	MeetingReportForm {
		difficulties = difficulties == null ? new ArrayList<>() : new ArrayList<>(difficulties);
		while (difficulties.size() < ReportForm.BLANK_LINES) {
			difficulties.add(new ReportForm.DifficultyLine("", "", ""));
		}
	}

	static MeetingReportForm empty(long version) {
		return new MeetingReportForm("", "", List.of(), version);
	}

	List<ReportForm.DifficultyLine> filled() {
		return difficulties.stream().filter(line -> line != null && !line.isBlank()).toList();
	}
}
