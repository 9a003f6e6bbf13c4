package vn.giupxa.system;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.Errors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.InvalidInputException;
import vn.giupxa.shared.NotFoundException;

/**
 * RFC 9457 problem details for {@code /api/v1}: 404 for unknown records, 400 naming the bad
 * parameter, 409 for broken rules and stale edits. Titles and details are translated.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

	private final MessageSource messages;

	ApiErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException exception) {
		return problem(HttpStatus.NOT_FOUND, exception.messageKey(), exception.arguments());
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail ruleBroken(BusinessRuleException exception) {
		return problem(HttpStatus.CONFLICT, exception.messageKey(), exception.arguments());
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail staleEdit() {
		return problem(HttpStatus.CONFLICT, "error.stale");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException exception) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.parameter.invalid", exception.getName());
		problem.setProperty("errors", List.of(Map.of("field", exception.getName(),
				"message", text("error.parameter.invalid", exception.getName()))));
		return problem;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException exception) {
		return problem(HttpStatus.BAD_REQUEST, "error.parameter.missing", exception.getParameterName());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidBody(MethodArgumentNotValidException exception) {
		return fieldProblem(exception.getBindingResult());
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException exception) {
		return fieldProblem(exception.errors());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable() {
		return problem(HttpStatus.BAD_REQUEST, "error.body.unreadable");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied() {
		return problem(HttpStatus.FORBIDDEN, "error.403.text");
	}

	private ProblemDetail fieldProblem(Errors errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
		List<Map<String, String>> fields = new java.util.ArrayList<>();
		errors.getFieldErrors().forEach(error -> fields.add(Map.of("field", error.getField(), "message",
				messages.getMessage(error, LocaleContextHolder.getLocale()))));
		errors.getGlobalErrors().forEach(error -> fields.add(Map.of("field", "", "message",
				messages.getMessage(error, LocaleContextHolder.getLocale()))));
		problem.setProperty("errors", fields);
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail invalid(ConstraintViolationException exception) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
		problem.setProperty("errors", exception.getConstraintViolations().stream()
			.map(violation -> Map.of("field", lastNode(violation.getPropertyPath().toString()), "message",
					violation.getMessage()))
			.toList());
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String messageKey, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(messageKey, arguments));
		problem.setTitle(text("error." + status.value() + ".title"));
		return problem;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
