package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.calendar.WorkingCalendar;
import vn.giupxa.notification.Notice;
import vn.giupxa.notification.Notifications;

/**
 * The daily reminders of fieldwork: a visit done without a report after N days (to whoever planned it), a meeting
 * past its day without an attendance report (to the attendee, or the whole team), a visit announced but not
 * acknowledged after a working day or within two working days of its date (to the commune's officers). Each notice
 * carries a dedupe key with the day, so a person hears of an item at most once a day, however often the job runs
 * and on however many nodes.
 */
@Component
class ReminderJob {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final AccountContacts contacts;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final int reportReminderDays;

	ReminderJob(JdbcClient jdbc, Notifications notifications, AccountContacts contacts, WorkingCalendar calendar,
			Clock clock, @Value("${giupxa.fieldwork.report-reminder-days:3}") int reportReminderDays) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.contacts = contacts;
		this.calendar = calendar;
		this.clock = clock;
		this.reportReminderDays = reportReminderDays;
	}

	/** Sends today's reminders; returns how many notices were new (those already sent today are skipped). */
	@Scheduled(cron = "${giupxa.fieldwork.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(clock);
		return visitReportsDue(today) + meetingReportsDue(today) + acknowledgementsDue(today);
	}

	private int visitReportsDue(LocalDate today) {
		return jdbc.sql("""
				SELECT v.id, u.name, v.planned_on, v.done_on, v.planned_by, v.commune_path FROM field_visit v
				JOIN administrative_unit u ON u.id = v.commune_id
				WHERE v.state = 'DONE' AND v.done_on <= :cutoff""")
			.param("cutoff", today.minusDays(reportReminderDays))
			.query(Due::of)
			.list()
			.stream()
			.mapToInt(due -> send(Set.of(due.person()), "fieldwork.reminder.visitReport", due, today,
					String.valueOf(today.toEpochDay() - due.doneOn().toEpochDay()), "visit-report-due", "/visits/"))
			.sum();
	}

	private int meetingReportsDue(LocalDate today) {
		return jdbc.sql("""
				SELECT m.id, u.name, m.held_on AS planned_on, m.held_on AS done_on, m.attendee AS planned_by,
				       m.commune_path FROM commune_meeting m
				JOIN administrative_unit u ON u.id = m.commune_id
				WHERE m.state = 'ATTENDEE_NAMED' AND m.held_on < :today""")
			.param("today", today)
			.query(Due::of)
			.list()
			.stream()
			.mapToInt(due -> send(due.person() != null ? Set.of(due.person())
					: Set.copyOf(contacts.usernamesActingFor(VisitService.HELPER_ROLES, due.communePath())),
					"fieldwork.reminder.meetingReport", due, today, "", "meeting-report-due", "/meetings/"))
			.sum();
	}

	private int acknowledgementsDue(LocalDate today) {
		return jdbc.sql("""
				SELECT v.id, u.name, v.planned_on, v.notified_at, v.commune_path FROM field_visit v
				JOIN administrative_unit u ON u.id = v.commune_id
				WHERE v.state = 'NOTIFIED' AND v.planned_on >= :today""")
			.param("today", today)
			.query((rs, n) -> new Due(rs.getLong("id"), rs.getString("name"), rs.getObject("planned_on", LocalDate.class),
					rs.getObject("notified_at", OffsetDateTime.class).atZoneSameInstant(CalendarIcs.VIETNAM).toLocalDate(),
					null, rs.getString("commune_path")))
			.list()
			.stream()
			.filter(due -> calendar.workingDaysBetween(due.doneOn(), today) >= 1
					|| calendar.workingDaysBetween(today, due.plannedOn()) <= 2)
			.mapToInt(due -> send(Set.copyOf(contacts.usernamesActingFor(VisitService.COMMUNE_ROLES, due.communePath())),
					"fieldwork.reminder.acknowledge", due, today, "", "visit-ack-due", "/visits/"))
			.sum();
	}

	private int send(Set<String> people, String messageKey, Due due, LocalDate today, String more, String dedupe,
			String path) {
		if (people.isEmpty()) {
			return 0;
		}
		return notifications.send(new Notice(people, messageKey, List.of(due.communeName(), DAY.format(due.plannedOn()), more),
				path + due.id(), dedupe + ":" + due.id() + ":" + today, true));
	}

	/**
	 * An item that needs someone: {@code doneOn} is the day the visit was done (or, for an acknowledgement, the day
	 * the commune was told); {@code person} the one to remind, when there is one.
	 */
	private record Due(long id, String communeName, LocalDate plannedOn, LocalDate doneOn, String person,
			String communePath) {

		static Due of(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
			return new Due(rs.getLong("id"), rs.getString("name"), rs.getObject("planned_on", LocalDate.class),
					rs.getObject("done_on", LocalDate.class), rs.getString("planned_by"), rs.getString("commune_path"));
		}
	}
}
