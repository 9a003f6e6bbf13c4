package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.obstacle.ObstacleIntake;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/** The meeting pages: list, publish, a meeting with the steps the caller may take, the report, attendance counts. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

	private final Meetings meetings;

	private final MeetingService service;

	private final MeetingAttendanceCounts counts;

	private final ObstacleIntake obstacles;

	private final MessageSource messages;

	private final Clock clock;

	MeetingController(Meetings meetings, MeetingService service, MeetingAttendanceCounts counts,
			ObstacleIntake obstacles, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.service = service;
		this.counts = counts;
		this.obstacles = obstacles;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") MeetingFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate from = filter.month() == null ? null : filter.month().atDay(1);
		LocalDate to = filter.month() == null ? null : filter.month().atEndOfMonth();
		model.addAttribute("meetings", meetings.list(filter.commune(), filter.state(), from, to, CurrentUser.scope(),
				Math.max(page, 0), 25));
		model.addAttribute("states", MeetingState.values());
		model.addAttribute("names", service.helperNames());
		model.addAttribute("canPublish", !service.ownCommunes().isEmpty());
		return "fieldwork/meetings";
	}

	@GetMapping("/new")
	String initPublishForm(Model model) {
		model.addAttribute("form", MeetingForm.empty(service.ownCommunes().stream().findFirst().map(c -> c.code()).orElse("")));
		return populatePublishForm(model);
	}

	@PostMapping("/new")
	String processPublishForm(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CommuneMeeting meeting;
		try {
			meeting = service.publish(form, result);
		}
		catch (MeetingRuleException refused) {
			result.reject(refused.messageKey(), refused.arguments(), null);
			meeting = null;
		}
		if (meeting == null) {
			return populatePublishForm(model);
		}
		redirect.addFlashAttribute("message", "fieldwork.meeting.published");
		return "redirect:/meetings/" + meeting.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Meetings.Detail detail = meetings.detail(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("fieldwork.meeting.notFound", id));
		CommuneMeeting meeting = service.visible(id);
		boolean helperSide = service.isHelperSide(meeting.getCommunePath());
		model.addAttribute("detail", detail);
		model.addAttribute("meeting", detail.meeting());
		model.addAttribute("names", service.helperNames());
		model.addAttribute("helperSide", helperSide);
		model.addAttribute("communeSide", service.isCommuneSide(meeting.getCommunePath()));
		model.addAttribute("team", helperSide ? service.teamOf(meeting.getCommunePath()) : java.util.Map.of());
		model.addAttribute("canReport", helperSide && meeting.getState() == MeetingState.ATTENDEE_NAMED
				&& meeting.isNamed(CurrentUser.usernameOrAnonymous()));
		model.addAttribute("today", LocalDate.now(clock));
		return "fieldwork/meeting";
	}

	@PostMapping("/{id}/attendee")
	String nameAttendee(@PathVariable long id, MeetingStepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.nameAttendee(id, form), "fieldwork.meeting.attendeeNamed", model, redirect);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, MeetingStepForm form, Model model, RedirectAttributes redirect) {
		return act(id, form, () -> service.cancel(id, form), "fieldwork.meeting.cancelled", model, redirect);
	}

	@GetMapping("/{id}/report")
	String initReportForm(@PathVariable long id, Model model) {
		model.addAttribute("form", MeetingReportForm.empty(service.visible(id).getVersion()));
		return populateReportForm(id, model);
	}

	@PostMapping("/{id}/report")
	String processReportForm(@PathVariable long id, @Valid @ModelAttribute("form") MeetingReportForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			if ((result.hasErrors() ? null : service.report(id, form, result)) == null) {
				return populateReportForm(id, model);
			}
		}
		catch (MeetingRuleException refused) {
			model.addAttribute("stepError", text(refused.messageKey(), refused.arguments()));
			return populateReportForm(id, model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			model.addAttribute("stepError", text("error.stale", new Object[0]));
			return populateReportForm(id, model);
		}
		redirect.addFlashAttribute("message", "fieldwork.meeting.reported");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/attendance")
	String attendance(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("yearText", String.valueOf(shown));
		model.addAttribute("communes", counts.perCommune(shown, CurrentUser.scope()));
		model.addAttribute("helpers", counts.perHelper(shown, CurrentUser.scope(), service.helperNames()));
		return "fieldwork/meeting-attendance";
	}

	/** Runs a step; a refused or stale step shows the meeting again with the reason and what the user typed. */
	private String act(long id, MeetingStepForm form, Runnable step, String message, Model model,
			RedirectAttributes redirect) {
		try {
			step.run();
		}
		catch (MeetingRuleException refused) {
			return showAgain(id, form, text(refused.messageKey(), refused.arguments()), model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			return showAgain(id, form, text("error.stale", new Object[0]), model);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/meetings/" + id;
	}

	private String showAgain(long id, MeetingStepForm form, String error, Model model) {
		model.addAttribute("stepError", error);
		model.addAttribute("draft", form);
		return show(id, model);
	}

	private String populatePublishForm(Model model) {
		var communes = service.ownCommunes();
		model.addAttribute("communes", communes);
		model.addAttribute("villages", service.villagesOf(communes));
		model.addAttribute("kinds", MeetingKind.values());
		return "fieldwork/meeting-form";
	}

	private String populateReportForm(long id, Model model) {
		model.addAttribute("meeting", meetings.detail(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("fieldwork.meeting.notFound", id)).meeting());
		model.addAttribute("categories", obstacles.categories(LocaleContextHolder.getLocale()));
		return "fieldwork/meeting-report";
	}

	private String text(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
