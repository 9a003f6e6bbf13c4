package vn.giupxa.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;

/** The administrator keeps the holiday calendar of each year. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

	private static final String PAGE = "calendar/days";

	private final CalendarDayRepository days;

	private final JdbcClient jdbc;

	private final Clock clock;

	CalendarController(CalendarDayRepository days, JdbcClient jdbc, Clock clock) {
		this.days = days;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("form", new CalendarDayForm(null, DayKind.HOLIDAY, "", ""));
		populate(shown, model);
		return PAGE;
	}

	@PostMapping
	@Transactional
	String save(@Valid @ModelAttribute("form") CalendarDayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			populate(form.day() == null ? LocalDate.now(clock).getYear() : form.day().getYear(), model);
			return PAGE;
		}
		String name = Texts.clean(form.name());
		String source = Texts.clean(form.source());
		days.findById(form.day())
			.ifPresentOrElse(day -> day.change(form.kind(), name, source),
					() -> days.save(new CalendarDay(form.day(), form.kind(), name, source)));
		redirect.addFlashAttribute("message", "calendar.saved");
		return "redirect:/admin/calendar?year=" + form.day().getYear();
	}

	@PostMapping("/{day}/delete")
	@Transactional
	String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		CalendarDay entry = days.findById(day).orElseThrow(() -> new NotFoundException("calendar.notFound", day));
		days.delete(entry);
		redirect.addFlashAttribute("message", "calendar.deleted");
		return "redirect:/admin/calendar?year=" + day.getYear();
	}

	private void populate(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("entries", jdbc.sql("""
				SELECT day, kind, name, source, verified FROM calendar_day
				WHERE day >= make_date(:year, 1, 1) AND day < make_date(:year + 1, 1, 1) ORDER BY day""")
			.param("year", year)
			.query((rs, row) -> new Entry(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("source"), rs.getBoolean("verified")))
			.list());
	}

	record Entry(LocalDate day, DayKind kind, String name, String source, boolean verified) {
	}
}
