package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/** Commune meetings as JSON, scoped to the caller. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Commune meetings", description = "Meetings the communes publish, who attends, attendance reports; scoped to the caller")
class MeetingApiController {

	private final Meetings meetings;

	MeetingApiController(Meetings meetings) {
		this.meetings = meetings;
	}

	@GetMapping
	@Operation(summary = "Meetings within the caller's scope, latest date first")
	MeetingPage list(@Parameter(description = "official code of a commune") @RequestParam(required = false) String commune,
			@RequestParam(required = false) MeetingState state,
			@Parameter(description = "first meeting date, inclusive") @RequestParam(required = false) LocalDate from,
			@Parameter(description = "last meeting date, inclusive") @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		Page<Meetings.Row> rows = meetings.list(commune, state, from, to, CurrentUser.scope(), Math.max(page, 0),
				Math.min(Math.max(size, 1), 200));
		return new MeetingPage(rows.getContent(), rows.getTotalElements(), rows.getNumber(), rows.getSize(),
				rows.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One meeting with the difficulties its attendance report raised")
	Meetings.Detail show(@PathVariable long id) {
		return meetings.detail(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("fieldwork.meeting.notFound", id));
	}

	record MeetingPage(List<Meetings.Row> content, long totalElements, int page, int size, int totalPages) {
	}
}
