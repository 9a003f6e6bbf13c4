package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.calendar.WorkingCalendar;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.HelperDirectory;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Scope;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * The caller's work calendar: a month of visits and meetings in their scope (Monday first, a list at phone width),
 * and the iCalendar feed that calendar apps read with the account's secret token instead of a session.
 */
@Controller
class WorkCalendarController {

	private static final Locale VIETNAMESE = Texts.VIETNAMESE;

	private final CalendarEntries entries;

	private final CalendarFeeds feeds;

	private final AccountContacts contacts;

	private final WorkingCalendar workingCalendar;

	private final Territory territory;

	private final HelperDirectory helpers;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	WorkCalendarController(CalendarEntries entries, CalendarFeeds feeds, AccountContacts contacts,
			WorkingCalendar workingCalendar, Territory territory, HelperDirectory helpers, MessageSource messages, Clock clock,
			@Value("${giupxa.base-url:http://localhost:8080}") String baseUrl) {
		this.entries = entries;
		this.feeds = feeds;
		this.contacts = contacts;
		this.workingCalendar = workingCalendar;
		this.territory = territory;
		this.helpers = helpers;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The helpers of the communes in the caller's scope during the month, for the filter. */
	private List<HelperDirectory.HelperEntry> helpersIn(Scope scope, LocalDate first, LocalDate last) {
		List<String> areas = scope.unrestricted() ? List.of("/") : List.copyOf(scope.paths());
		Map<Long, HelperDirectory.HelperEntry> found = new LinkedHashMap<>();
		areas.forEach(area -> helpers.helpers(area, first, last).forEach(entry -> found.putIfAbsent(entry.id(), entry)));
		return found.values().stream().sorted(Texts.vietnameseOrder(HelperDirectory.HelperEntry::label)).toList();
	}

	@GetMapping("/calendar")
	String month(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) String commune,
			@RequestParam(required = false) Long helper, Model model) {
		LocalDate today = LocalDate.now(clock);
		YearMonth shown = month == null ? YearMonth.from(today) : month;
		Scope scope = CurrentUser.scope();
		LocalDate first = shown.atDay(1);
		LocalDate last = shown.atEndOfMonth();
		// A visit over several days shows on each of its days within the month.
		Map<LocalDate, List<CalendarEntries.Entry>> byDay = new HashMap<>();
		// One helper's month: the visits and meetings of the communes that helper helps during the month.
		Set<String> helped = helper == null ? null : helpers.communesOf(helper, first, last);
		for (CalendarEntries.Entry entry : entries.between(first, last, scope, commune)) {
			if (helped != null && !helped.contains(entry.communePath())) {
				continue;
			}
			LocalDate from = entry.day().isBefore(first) ? first : entry.day();
			LocalDate to = entry.lastDay().isAfter(last) ? last : entry.lastDay();
			from.datesUntil(to.plusDays(1)).forEach(day -> byDay.computeIfAbsent(day, key -> new ArrayList<>()).add(entry));
		}
		model.addAttribute("weeks", weeks(shown, byDay, today));
		model.addAttribute("month", shown);
		model.addAttribute("monthText", String.valueOf(shown.getMonthValue()));
		model.addAttribute("yearText", String.valueOf(shown.getYear()));
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("commune", commune == null ? "" : commune.strip());
		model.addAttribute("helper", helper);
		model.addAttribute("helpers", helpersIn(scope, first, last));
		model.addAttribute("communes", scope.unrestricted() ? List.<UnitView>of()
				: territory.withinPaths(scope.paths(), UnitLevel.COMMUNE, today));
		model.addAttribute("weekdays", List.of(DayOfWeek.values()));
		model.addAttribute("empty", byDay.isEmpty());
		model.addAttribute("feedToken", feeds.tokenOf(CurrentUser.usernameOrAnonymous()).orElse(null));
		model.addAttribute("feedBase", baseUrl + "/calendar/feed/");
		return "fieldwork/calendar";
	}

	@PostMapping("/calendar/feed")
	String regenerateFeed(RedirectAttributes redirect) {
		feeds.regenerate(CurrentUser.usernameOrAnonymous());
		redirect.addFlashAttribute("message", "fieldwork.calendar.feed.regenerated");
		return "redirect:/calendar";
	}

	/** The feed, read without a session: the token names the account, whose scope is computed as at login. */
	@GetMapping("/calendar/feed/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		String username = feeds.ownerOf(token).orElseThrow(() -> new NotFoundException("fieldwork.calendar.feed.notFound"));
		Scope scope = contacts.scopeAtLogin(username)
			.orElseThrow(() -> new NotFoundException("fieldwork.calendar.feed.notFound"));
		LocalDate today = LocalDate.now(clock);
		List<CalendarEntries.Entry> list = entries.between(today.minusDays(90), today.plusDays(366), scope, null);
		String ics = CalendarIcs.write(text("fieldwork.calendar.feed.name", username), list, this::summary,
				entry -> entry.agenda() + "\n\n" + text("fieldwork." + entry.type() + ".state." + entry.state()),
				baseUrl, clock.instant());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(ics);
	}

	private String summary(CalendarEntries.Entry entry) {
		String what = entry.kind() == null ? text("fieldwork.calendar.visit") : text("fieldwork.meeting.kind." + entry.kind());
		return what + ": " + entry.communeName();
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}

	/** Monday-first weeks covering the month; days outside it are shown greyed and empty. */
	private List<Week> weeks(YearMonth month, Map<LocalDate, List<CalendarEntries.Entry>> byDay, LocalDate today) {
		List<Week> weeks = new ArrayList<>();
		LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<Day> days = new ArrayList<>();
		while (!day.isAfter(last)) {
			boolean inMonth = YearMonth.from(day).equals(month);
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			boolean off = inMonth && !workingCalendar.isWorkingDay(day);
			days.add(new Day(day, String.valueOf(day.getDayOfMonth()), inMonth, day.equals(today), off && !weekend,
					!off && weekend && inMonth, off, inMonth ? byDay.getOrDefault(day, List.of()) : List.of()));
			if (days.size() == 7) {
				weeks.add(new Week(List.copyOf(days)));
				days.clear();
			}
			day = day.plusDays(1);
		}
		return weeks;
	}

	/** One week row of the grid. */
	record Week(List<Day> days) {
	}

	/**
	 * One day: {@code holiday} a weekday off (public holiday, day off in lieu), {@code makeUpDay} a weekend day
	 * worked, {@code off} any day off.
	 */
	record Day(LocalDate date, String dayText, boolean inMonth, boolean today, boolean holiday, boolean makeUpDay,
			boolean off, List<CalendarEntries.Entry> entries) {
	}
}
