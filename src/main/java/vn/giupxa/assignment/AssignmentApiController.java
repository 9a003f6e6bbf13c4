package vn.giupxa.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giupxa.shared.CurrentUser;

/** Assignments in force on a date as JSON, limited to the communes in the caller's scope. */
@RestController
@RequestMapping("/api/v1/assignments")
@Tag(name = "Assignments", description = "Who helps which commune, as of a date (issued decisions only)")
class AssignmentApiController {

	private final Assignments assignments;

	private final Helpers helpers;

	private final Clock clock;

	AssignmentApiController(Assignments assignments, Helpers helpers, Clock clock) {
		this.assignments = assignments;
		this.helpers = helpers;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Assignments in force on a date, by commune, agency or position, within the caller's scope")
	AssignmentPage list(
			@Parameter(description = "YYYY-MM-DD; today when absent") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = "official code of the commune") @RequestParam(required = false) String commune,
			@Parameter(description = "agency id (directory)") @RequestParam(required = false) Long agency,
			@Parameter(description = "position id (directory)") @RequestParam(required = false) Long position,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		Page<AssignmentLine> lines = assignments.inForce(date, commune, agency, position, CurrentUser.scope(),
				Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		Map<Long, List<TeamMemberLine>> teams = assignments.teamsOn(lines.getContent().stream().map(AssignmentLine::id).toList(),
				date);
		return new AssignmentPage(lines.getContent().stream().map(line -> AssignmentJson.of(line,
				helpers.on(line, date), teams.getOrDefault(line.id(), List.of()))).toList(), lines.getTotalElements(),
				lines.getNumber(), lines.getSize(), lines.getTotalPages());
	}

	record AssignmentJson(long id, String decisionNumber, AssignmentKind kind, String communeCode, String communeName,
			long agencyId, String agencyName, Long positionId, String positionTitle, LocalDate startOn,
			LocalDate endOn, String helperName, boolean carriedByAgencyLeadership, List<String> helpTeam) {

		static AssignmentJson of(AssignmentLine line, Helper helper, List<TeamMemberLine> team) {
			return new AssignmentJson(line.id(), line.decisionNumber(), line.kind(), line.unitCode(), line.unitName(),
					line.agencyId(), line.agencyName(), line.positionId(), line.positionTitle(), line.startOn(),
					line.endOn(), helper.officialName(), helper.carriedByLeadership(),
					team.stream().map(TeamMemberLine::officialName).toList());
		}
	}

	record AssignmentPage(List<AssignmentJson> content, long totalElements, int page, int size, int totalPages) {
	}
}
