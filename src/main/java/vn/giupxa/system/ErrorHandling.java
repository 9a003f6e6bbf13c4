package vn.giupxa.system;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.NotFoundException;

/**
 * Vietnamese error pages for the page controllers: not found → 404, a broken rule or a stale
 * edit → 409, a malformed parameter → 400. The API has its own advice ({@link ApiErrorHandling}).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

	private final MessageSource messages;

	ErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException exception) {
		return page(HttpStatus.NOT_FOUND, exception.messageKey(), exception.arguments());
	}

	@ExceptionHandler(BusinessRuleException.class)
	ModelAndView ruleBroken(BusinessRuleException exception) {
		return page(HttpStatus.CONFLICT, exception.messageKey(), exception.arguments());
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ModelAndView staleEdit() {
		return page(HttpStatus.CONFLICT, "error.stale", new Object[0]);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException exception) {
		return page(HttpStatus.BAD_REQUEST, "error.parameter.invalid", new Object[] { exception.getName() });
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingParameter(MissingServletRequestParameterException exception) {
		return page(HttpStatus.BAD_REQUEST, "error.parameter.missing", new Object[] { exception.getParameterName() });
	}

	private ModelAndView page(HttpStatus status, String messageKey, Object[] arguments) {
		ModelAndView page = new ModelAndView("error/problem", status);
		page.addObject("status", status.value());
		page.addObject("messageText", messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale()));
		return page;
	}
}
