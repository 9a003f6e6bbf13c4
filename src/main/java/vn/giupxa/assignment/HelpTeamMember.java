package vn.giupxa.assignment;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.BusinessRuleException;

/**
 * A member of the help team ("Tổ giúp việc") behind an assignment; one of them may lead the team. Membership runs
 * from {@code startOn} (null: the assignment's start) to {@code endOn} inclusive (null: still in the team); a member
 * who leaves keeps the row, so the team's history stays.
 */
@Entity
@Table(name = "help_team_member")
class HelpTeamMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "assignment_id")
	private Assignment assignment;

	private long officialId;

	private boolean leader;

	private LocalDate startOn;

	private LocalDate endOn;

	@Version
	private long version;

	protected HelpTeamMember() {
	}

	HelpTeamMember(Assignment assignment, long officialId, boolean leader, LocalDate startOn) {
		this.assignment = assignment;
		this.officialId = officialId;
		this.leader = leader;
		this.startOn = startOn;
	}

	/** The member leaves the team after the given day (inclusive), which may not come before they joined. */
	void leaveAfter(LocalDate lastDay, LocalDate assignmentStart) {
		if (endOn != null) {
			throw new BusinessRuleException("assignment.member.alreadyLeft", Dates.format(endOn));
		}
		LocalDate joined = startOn != null ? startOn : assignmentStart;
		if (lastDay.isBefore(joined)) {
			throw new BusinessRuleException("assignment.member.leaveBeforeJoin", Dates.format(joined));
		}
		endOn = lastDay;
	}

	boolean inTeamOn(LocalDate date) {
		return Dates.within(startOn, endOn, date);
	}

	/** True when the membership is still running on the date or later. */
	boolean reachesOnOrAfter(LocalDate date) {
		return endOn == null || !endOn.isBefore(date);
	}

	Long getId() {
		return id;
	}

	long getOfficialId() {
		return officialId;
	}

	boolean isLeader() {
		return leader;
	}

	LocalDate getStartOn() {
		return startOn;
	}

	LocalDate getEndOn() {
		return endOn;
	}

	@Override
	public String toString() {
		return "HelpTeamMember#" + id;
	}
}
