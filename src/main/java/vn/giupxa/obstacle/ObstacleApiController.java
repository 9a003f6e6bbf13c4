package vn.giupxa.obstacle;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
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

/** The register as JSON, scoped to the caller, with the same filters and steps as the pages. */
@RestController
@RequestMapping("/api/v1/obstacles")
@Tag(name = "Difficulties and proposals", description = "Raise, escalate, answer and confirm; scoped to the caller")
class ObstacleApiController {

	private final ObstacleRegister register;

	private final ObstacleService service;

	private final org.springframework.validation.Validator validator;

	ObstacleApiController(ObstacleRegister register, ObstacleService service,
			org.springframework.validation.Validator validator) {
		this.register = register;
		this.service = service;
		this.validator = validator;
	}

	@GetMapping
	@Operation(summary = "The register within the caller's scope, newest first; component and criterion are catalog ids")
	ItemPage list(@RequestParam(required = false) String commune, @RequestParam(required = false) ObstacleLevel level,
			@RequestParam(required = false) String category, @RequestParam(required = false) ObstacleState state,
			@RequestParam(required = false) ObstacleKind kind, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer minAgeDays,
			@RequestParam(required = false) String helper,
			@RequestParam(required = false) Long component, @RequestParam(required = false) Long criterion,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		RegisterFilter filter = new RegisterFilter(commune, level, category, state, kind, overdue, q, null, minAgeDays,
				helper, component, criterion);
		Page<ObstacleRegister.Row> rows = register.list(filter, CurrentUser.scope(), page, Math.min(Math.max(size, 1), 200));
		return new ItemPage(rows.getContent(), rows.getTotalElements(), rows.getNumber(), rows.getSize(),
				rows.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One item with its timeline")
	ObstacleRegister.Detail show(@PathVariable long id) {
		service.visible(id);
		return register.detail(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Raise a difficulty or proposal about a commune of the caller's scope, optionally about an open program item and/or a criterion in force")
	ObstacleRegister.Detail raise(@RequestBody ObstacleForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		Obstacle obstacle = errors.hasErrors() ? null : service.raise(form, errors);
		if (obstacle == null) {
			throw new InvalidInputException(errors);
		}
		return register.detail(obstacle.getId());
	}

	@PostMapping("/{id}/{action}")
	@Operation(summary = "Take a step: escalate, resolve, answer, request-information, provide-information, confirm, reopen")
	ObstacleRegister.Detail step(@PathVariable long id, @PathVariable String action, @RequestBody StepForm form) {
		switch (action) {
			case "escalate" -> service.escalate(id, form);
			case "resolve" -> service.resolveWithinAuthority(id, form);
			case "answer" -> service.answer(id, form);
			case "request-information" -> service.requestInformation(id, form);
			case "provide-information" -> service.provideInformation(id, form);
			case "confirm" -> service.confirm(id, form);
			case "reopen" -> service.reopen(id, form);
			default -> throw new NotFoundException("obstacle.action.unknown", action);
		}
		return register.detail(id);
	}

	record ItemPage(List<ObstacleRegister.Row> content, long totalElements, int page, int size, int totalPages) {
	}
}
