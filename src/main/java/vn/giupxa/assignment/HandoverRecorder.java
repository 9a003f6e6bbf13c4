package vn.giupxa.assignment;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.directory.PositionHolderChanged;
import vn.giupxa.notification.Notice;
import vn.giupxa.notification.Notifications;

/**
 * When the directory records a new holder of a position, every issued assignment of that position in force on
 * the first day gets a handover record, and the help team and the new holder are told (notice and e-mail). The
 * assignment itself needs no change: its helper is derived from the directory. Runs after the appointment
 * commits, in its own transaction (the event registry keeps it if it fails).
 */
@Component
class HandoverRecorder {

	private final HandoverRepository handovers;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Assignments assignments;

	private final Notifications notifications;

	private final AccountContacts contacts;

	HandoverRecorder(HandoverRepository handovers, JdbcClient jdbc, Clock clock, Assignments assignments,
			Notifications notifications, AccountContacts contacts) {
		this.handovers = handovers;
		this.jdbc = jdbc;
		this.clock = clock;
		this.assignments = assignments;
		this.notifications = notifications;
		this.contacts = contacts;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(PositionHolderChanged change) {
		for (long assignmentId : assignmentsOf(change)) {
			if (!handovers.existsByAssignmentIdAndNewOfficialIdAndStartOn(assignmentId, change.newOfficialId(),
					change.startOn())) {
				Handover handover = handovers.save(new Handover(assignmentId, change.positionId(),
						change.previousOfficialId(), change.newOfficialId(), change.startOn(), clock.instant()));
				tellTheTeam(handover);
			}
		}
	}

	private void tellTheTeam(Handover handover) {
		Set<Long> officials = new HashSet<>();
		officials.add(handover.getNewOfficialId());
		assignments.teamsOn(List.of(handover.getAssignmentId()), handover.getStartOn()).getOrDefault(handover.getAssignmentId(), List.of())
			.forEach(member -> officials.add(member.officialId()));
		Set<String> recipients = new HashSet<>();
		officials.forEach(official -> recipients.addAll(contacts.usernamesOfOfficial(official)));
		HandoverLine line = assignments.handoversOf(List.of(handover.getAssignmentId())).stream()
			.filter(h -> h.id() == handover.getId()).findFirst().orElseThrow();
		if (!recipients.isEmpty()) {
			notifications.send(new Notice(recipients, "assignment.notice.handover",
					List.of(Dates.format(line.startOn()), line.positionTitle(), line.agencyShortName(),
							line.previousOfficialName() == null ? "…" : line.previousOfficialName(),
							line.newOfficialName(), line.unitName()),
					"/assignments", "assignment-handover:" + handover.getId(), true));
		}
	}

	private List<Long> assignmentsOf(PositionHolderChanged change) {
		return jdbc.sql("""
				SELECT a.id FROM assignment a JOIN assignment_decision d ON d.id = a.decision_id
				WHERE d.status = 'ISSUED' AND a.position_id = :position
				  AND a.start_on <= :day AND (a.end_on IS NULL OR a.end_on >= :day)""")
			.param("position", change.positionId())
			.param("day", change.startOn())
			.query(Long.class)
			.list();
	}
}
