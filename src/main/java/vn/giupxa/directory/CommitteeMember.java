package vn.giupxa.directory;

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
import vn.giupxa.shared.Texts;

/**
 * An official's seat in a committee ("thành viên"), with the role title (Trưởng ban, Phó Trưởng
 * ban, Thành viên…) and a rank that orders the list; {@code endOn} is null while they sit.
 */
@Entity
@Table(name = "committee_member")
class CommitteeMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "committee_id")
	private Committee committee;

	private Long officialId;

	private String roleTitle;

	private int rank;

	private LocalDate startOn;

	private LocalDate endOn;

	@Version
	private long version;

	protected CommitteeMember() {
	}

	CommitteeMember(Committee committee, long officialId, String roleTitle, int rank, LocalDate startOn) {
		this.committee = committee;
		this.officialId = officialId;
		this.roleTitle = Texts.clean(roleTitle);
		if (this.roleTitle == null) {
			throw new IllegalArgumentException("A member needs a role title");
		}
		this.rank = rank;
		this.startOn = startOn;
	}

	/** The official leaves the committee after the given day (inclusive). */
	void end(LocalDate on) {
		if (endOn != null) {
			throw new BusinessRuleException("directory.member.alreadyEnded", Dates.format(endOn));
		}
		if (on.isBefore(startOn)) {
			throw new BusinessRuleException("directory.member.endBeforeStart", Dates.format(startOn));
		}
		this.endOn = on;
	}

	boolean coversOn(LocalDate date) {
		return Dates.within(startOn, endOn, date);
	}

	boolean reachesOnOrAfter(LocalDate date) {
		return endOn == null || !endOn.isBefore(date);
	}

	Long getId() {
		return id;
	}

	Long getOfficialId() {
		return officialId;
	}

	String getRoleTitle() {
		return roleTitle;
	}

	int getRank() {
		return rank;
	}

	LocalDate getStartOn() {
		return startOn;
	}

	LocalDate getEndOn() {
		return endOn;
	}

	@Override
	public String toString() {
		return "CommitteeMember#" + id;
	}
}
