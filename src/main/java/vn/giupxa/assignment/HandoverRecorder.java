package vn.giupxa.assignment;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.giupxa.directory.PositionHolderChanged;

/**
 * When the directory records a new holder of a position, every issued assignment of that position in force on
 * the first day gets a handover record. The assignment itself needs no change: its helper is derived from the
 * directory. Runs after the appointment commits, in its own transaction (the event registry keeps it if it fails).
 */
@Component
class HandoverRecorder {

	private final HandoverRepository handovers;

	private final JdbcClient jdbc;

	private final Clock clock;

	HandoverRecorder(HandoverRepository handovers, JdbcClient jdbc, Clock clock) {
		this.handovers = handovers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(PositionHolderChanged change) {
		for (long assignmentId : assignmentsOf(change)) {
			if (!handovers.existsByAssignmentIdAndNewOfficialIdAndStartOn(assignmentId, change.newOfficialId(),
					change.startOn())) {
				handovers.save(new Handover(assignmentId, change.positionId(), change.previousOfficialId(),
						change.newOfficialId(), change.startOn(), clock.instant()));
			}
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
