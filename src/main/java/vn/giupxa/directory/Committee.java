package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;

/**
 * The People's Committee ("Ủy ban nhân dân") or the Steering Committee ("Ban Chỉ đạo") of an
 * administrative unit, with its members over time.
 */
@Entity
@Table(name = "committee")
class Committee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	@Enumerated(EnumType.STRING)
	private CommitteeKind kind;

	private String name;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	@OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("rank, startOn")
	private List<CommitteeMember> members = new ArrayList<>();

	protected Committee() {
	}

	Committee(long unitId, CommitteeKind kind, String name, LocalDate validFrom) {
		this.unitId = unitId;
		this.kind = kind;
		this.name = Texts.clean(name);
		if (this.name == null) {
			throw new IllegalArgumentException("A committee needs a name");
		}
		this.validFrom = validFrom;
	}

	/** Adds the official from the given day; one official holds one seat in a committee at a time. */
	CommitteeMember addMember(Official official, String roleTitle, int rank, LocalDate startOn) {
		if (official.getId() == null) {
			throw new IllegalStateException("Save the official before adding them");
		}
		if (!Dates.within(validFrom, validTo, startOn)) {
			throw new BusinessRuleException("directory.committee.notInForce", Dates.format(startOn));
		}
		for (CommitteeMember member : members) {
			if (member.getOfficialId().equals(official.getId()) && member.reachesOnOrAfter(startOn)) {
				throw new BusinessRuleException("directory.member.alreadyMember", Dates.format(member.getStartOn()));
			}
		}
		CommitteeMember member = new CommitteeMember(this, official.getId(), roleTitle, rank, startOn);
		members.add(member);
		return member;
	}

	CommitteeMember member(long memberId) {
		return members.stream()
			.filter(member -> member.getId() != null && member.getId() == memberId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("directory.member.notFound", memberId));
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	CommitteeKind getKind() {
		return kind;
	}

	String getName() {
		return name;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidTo() {
		return validTo;
	}

	List<CommitteeMember> getMembers() {
		return List.copyOf(members);
	}

	@Override
	public String toString() {
		return "Committee#" + id;
	}
}
