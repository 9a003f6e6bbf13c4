package vn.giupxa.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' chart of daily visitors and views for a chosen range (at most two years). */
@Controller
class StatisticsController {

	private static final int MAX_DAYS = 731;

	private final VisitorStatistics statistics;

	private final Clock clock;

	StatisticsController(VisitorStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/portal/statistics")
	String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null ? end.minusDays(29) : from;
		if (start.isAfter(end)) {
			LocalDate swap = start;
			start = end;
			end = swap;
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			start = end.minusDays(MAX_DAYS - 1);
		}
		List<VisitorStatistics.Day> days = statistics.days(start, end);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("days", days);
		model.addAttribute("summary", statistics.summary());
		model.addAttribute("totalVisitors", days.stream().mapToLong(VisitorStatistics.Day::visitors).sum());
		model.addAttribute("totalArticleViews", days.stream().mapToLong(VisitorStatistics.Day::articleViews).sum());
		return "portal/editor/statistics";
	}
}
