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

/**
 * One official's term in one position ("giữ chức vụ"), from {@code startOn} to {@code endOn}
 * inclusive; {@code endOn} is null while they hold it. {@code acting} marks "quyền" or "phụ trách".
 */
@Entity
@Table(name = "position_holding")
class PositionHolding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "position_id")
	private Position position;

	private Long officialId;

	private LocalDate startOn;

	private LocalDate endOn;

	private boolean acting;

	@Version
	private long version;

	protected PositionHolding() {
	}

	PositionHolding(Position position, long officialId, LocalDate startOn, boolean acting) {
		this.position = position;
		this.officialId = officialId;
		this.startOn = startOn;
		this.acting = acting;
	}

	/** The official leaves the position after the given day (inclusive). */
	void end(LocalDate on) {
		if (endOn != null) {
			throw new BusinessRuleException("directory.holding.alreadyEnded", Dates.format(endOn));
		}
		if (on.isBefore(startOn)) {
			throw new BusinessRuleException("directory.holding.endBeforeStart", Dates.format(startOn));
		}
		this.endOn = on;
	}

	boolean isOpen() {
		return endOn == null;
	}

	boolean coversOn(LocalDate date) {
		return Dates.within(startOn, endOn, date);
	}

	/** True when the holding is still in force on the date or later. */
	boolean reachesOnOrAfter(LocalDate date) {
		return endOn == null || !endOn.isBefore(date);
	}

	Long getId() {
		return id;
	}

	Long getOfficialId() {
		return officialId;
	}

	LocalDate getStartOn() {
		return startOn;
	}

	LocalDate getEndOn() {
		return endOn;
	}

	boolean isActing() {
		return acting;
	}

	@Override
	public String toString() {
		return "PositionHolding#" + id;
	}
}
