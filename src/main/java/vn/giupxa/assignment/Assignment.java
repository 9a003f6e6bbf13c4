package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.NotFoundException;

/**
 * One assignment ("phân công"): a position of an agency (or, for sponsorship, the agency itself) helps one
 * commune from {@code startOn} to {@code endOn} inclusive (null: until a later decision replaces it). Who helps
 * on a day is whoever holds the position then, read from the directory, never copied here.
 */
@Entity
@Table(name = "assignment")
class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "decision_id")
	private AssignmentDecision decision;

	@Enumerated(EnumType.STRING)
	private AssignmentKind kind;

	private Long agencyId;

	private Long positionId;

	private Long unitId;

	private LocalDate startOn;

	private LocalDate endOn;

	private Long replacesId;

	@Version
	private long version;

	@OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<HelpTeamMember> members = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "assignment_change", joinColumns = @JoinColumn(name = "assignment_id"))
	private List<Change> changes = new ArrayList<>();

	/** Other lines this one also continues (folded in by the consolidation); see {@link #replacedIds()}. */
	@ElementCollection
	@CollectionTable(name = "assignment_folded", joinColumns = @JoinColumn(name = "assignment_id"))
	@Column(name = "folded_id")
	private Set<Long> foldedIds = new HashSet<>();

	protected Assignment() {
	}

	Assignment(AssignmentDecision decision, Terms terms) {
		this.decision = decision;
		this.kind = terms.kind();
		this.agencyId = terms.agencyId();
		this.positionId = terms.positionId();
		this.unitId = terms.unitId();
		this.startOn = terms.startOn();
		this.endOn = terms.endOn();
		this.replacesId = terms.replacesId();
		if (kind == AssignmentKind.HELP && positionId == null) {
			throw new BusinessRuleException("assignment.position.required");
		}
	}

	/** Adds a help-team member; the team has at most one leader. */
	HelpTeamMember addMember(long officialId, boolean leader) {
		decision.requireDraft();
		if (members.stream().anyMatch(m -> m.getOfficialId() == officialId)) {
			throw new BusinessRuleException("assignment.member.already");
		}
		if (leader && members.stream().anyMatch(HelpTeamMember::isLeader)) {
			throw new BusinessRuleException("assignment.member.leaderTaken");
		}
		HelpTeamMember member = new HelpTeamMember(this, officialId, leader, null);
		members.add(member);
		return member;
	}

	/**
	 * Someone joins the team of an issued assignment from a day within its term. They may not already be in the
	 * team then, and a leader joins only once the previous leader has left.
	 */
	HelpTeamMember joinFrom(long officialId, boolean leader, LocalDate from) {
		if (!inForceOn(from)) {
			throw new BusinessRuleException("assignment.member.outsideTerm", Dates.format(from), Dates.format(startOn),
					Dates.format(endOn));
		}
		if (members.stream().anyMatch(m -> m.getOfficialId() == officialId && m.reachesOnOrAfter(from))) {
			throw new BusinessRuleException("assignment.member.already");
		}
		if (leader && members.stream().anyMatch(m -> m.isLeader() && m.reachesOnOrAfter(from))) {
			throw new BusinessRuleException("assignment.member.leaderTaken");
		}
		HelpTeamMember member = new HelpTeamMember(this, officialId, leader, from);
		members.add(member);
		return member;
	}

	/** A member of an issued assignment's team leaves after the given day; the membership stays in the history. */
	HelpTeamMember leave(long memberId, LocalDate lastDay) {
		HelpTeamMember member = member(memberId);
		member.leaveAfter(lastDay, startOn);
		return member;
	}

	/** The members in the team on the date. */
	List<HelpTeamMember> teamOn(LocalDate date) {
		return members.stream().filter(m -> m.inTeamOn(date)).toList();
	}

	void removeMember(long memberId) {
		decision.requireDraft();
		members.remove(member(memberId));
	}

	private HelpTeamMember member(long memberId) {
		return members.stream()
			.filter(m -> m.getId() != null && m.getId() == memberId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assignment.member.notFound", memberId));
	}

	/** Notes a change found by the consolidation, for the reviewer of the draft. */
	void note(ChangeKind change, String detail) {
		changes.add(new Change(change, detail));
	}

	/** This line also continues another one (two lines became one): issuing ends that one too. */
	void fold(long assignmentId) {
		if (!Objects.equals(replacesId, assignmentId)) {
			foldedIds.add(assignmentId);
		}
	}

	/** Every line this one continues: the one it replaces and those folded into it. */
	Set<Long> replacedIds() {
		Set<Long> ids = new HashSet<>(foldedIds);
		if (replacesId != null) {
			ids.add(replacesId);
		}
		return ids;
	}

	/** A later decision takes over from the given day: this term ends the day before. */
	void endBecauseReplacedFrom(LocalDate firstDayOfReplacement) {
		LocalDate lastDay = firstDayOfReplacement.minusDays(1);
		if (endOn != null && !endOn.isAfter(lastDay)) {
			return;
		}
		if (lastDay.isBefore(startOn)) {
			throw new BusinessRuleException("assignment.replacement.beforeStart", Dates.format(firstDayOfReplacement),
					Dates.format(startOn));
		}
		endOn = lastDay;
	}

	boolean sameHelperAndCommune(Terms terms) {
		return kind == terms.kind() && Objects.equals(unitId, terms.unitId())
				&& (kind == AssignmentKind.HELP ? Objects.equals(positionId, terms.positionId())
						: Objects.equals(agencyId, terms.agencyId()));
	}

	boolean overlaps(LocalDate from, LocalDate to) {
		return Dates.overlap(startOn, endOn, from, to);
	}

	boolean inForceOn(LocalDate date) {
		return Dates.within(startOn, endOn, date);
	}

	Terms terms() {
		return new Terms(kind, agencyId, positionId, unitId, startOn, endOn, replacesId);
	}

	Long getId() {
		return id;
	}

	AssignmentDecision getDecision() {
		return decision;
	}

	AssignmentKind getKind() {
		return kind;
	}

	Long getAgencyId() {
		return agencyId;
	}

	Long getPositionId() {
		return positionId;
	}

	Long getUnitId() {
		return unitId;
	}

	LocalDate getStartOn() {
		return startOn;
	}

	LocalDate getEndOn() {
		return endOn;
	}

	Long getReplacesId() {
		return replacesId;
	}

	List<HelpTeamMember> getMembers() {
		return List.copyOf(members);
	}

	List<Change> getChanges() {
		return List.copyOf(changes);
	}

	@Override
	public String toString() {
		return "Assignment#" + id;
	}

	/** Who helps which commune for which term; {@code replacesId} is the assignment this one continues. */
	record Terms(AssignmentKind kind, long agencyId, Long positionId, long unitId, LocalDate startOn, LocalDate endOn,
			Long replacesId) {
	}

	/** A change the consolidation found; {@code detail} holds names and dates, already in Vietnamese data. */
	@Embeddable
	record Change(@Enumerated(EnumType.STRING) ChangeKind kind, String detail) {
	}
}
