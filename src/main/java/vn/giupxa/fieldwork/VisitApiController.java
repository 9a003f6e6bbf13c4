package vn.giupxa.fieldwork;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.InvalidInputException;
import vn.giupxa.shared.NotFoundException;

/** Field visits as JSON, scoped to the caller, with the same steps as the pages. */
@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Field visits", description = "Plan, announce, acknowledge, report; scoped to the caller")
class VisitApiController {

	private final Visits visits;

	private final VisitService service;

	private final Validator validator;

	VisitApiController(Visits visits, VisitService service, Validator validator) {
		this.visits = visits;
		this.service = service;
		this.validator = validator;
	}

	@GetMapping
	@Operation(summary = "Visits within the caller's scope, latest date first")
	VisitPage list(@RequestParam(required = false) String commune, @RequestParam(required = false) VisitState state,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		Page<Visits.Row> rows = visits.list(new VisitFilter(commune, state, from, to), CurrentUser.scope(),
				Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		return new VisitPage(rows.getContent(), rows.getTotalElements(), rows.getNumber(), rows.getSize(),
				rows.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One visit with the difficulties its report raised")
	Visits.Detail show(@PathVariable long id) {
		return detail(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan a visit to a commune the caller helps (content is mandatory)")
	Visits.Detail plan(@RequestBody VisitForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		FieldVisit visit = errors.hasErrors() ? null : service.plan(form, errors);
		if (visit == null) {
			throw new InvalidInputException(errors);
		}
		return detail(visit.getId());
	}

	@PostMapping("/{id}/report")
	@Operation(summary = "Report a visit that was done; each difficulty becomes an obstacle record")
	Visits.Detail report(@PathVariable long id, @RequestBody ReportForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		FieldVisit visit = errors.hasErrors() ? null : service.report(id, form, errors);
		if (visit == null) {
			throw new InvalidInputException(errors);
		}
		return detail(id);
	}

	@PostMapping("/{id}/{action}")
	@Operation(summary = "Take a step: confirm, acknowledge (text = receiver), propose-date (date, text = reason), "
			+ "accept-date, done (date), cancel (text = reason)")
	Visits.Detail step(@PathVariable long id, @PathVariable String action, @RequestBody VisitStepForm form) {
		switch (action) {
			case "confirm" -> service.confirm(id, form);
			case "acknowledge" -> service.acknowledge(id, form);
			case "propose-date" -> service.proposeAnotherDate(id, form);
			case "accept-date" -> service.acceptProposedDate(id, form);
			case "done" -> service.markDone(id, form);
			case "cancel" -> service.cancel(id, form);
			default -> throw new NotFoundException("fieldwork.visit.action.unknown", action);
		}
		return detail(id);
	}

	private Visits.Detail detail(long id) {
		return visits.detail(id, CurrentUser.scope()).orElseThrow(() -> new NotFoundException("fieldwork.visit.notFound", id));
	}

	record VisitPage(List<Visits.Row> content, long totalElements, int page, int size, int totalPages) {
	}
}
