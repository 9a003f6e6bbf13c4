package vn.giupxa.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of the help team ("Tổ giúp việc") behind an assignment; one of them may lead the team. */
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

	@Version
	private long version;

	protected HelpTeamMember() {
	}

	HelpTeamMember(Assignment assignment, long officialId, boolean leader) {
		this.assignment = assignment;
		this.officialId = officialId;
		this.leader = leader;
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

	@Override
	public String toString() {
		return "HelpTeamMember#" + id;
	}
}
