package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * A position ("chức vụ", e.g. Giám đốc, Phó Giám đốc phụ trách …) of an agency: one seat, held by
 * one official at a time. Its holdings are its history and are never overwritten.
 */
@Entity
@Table(name = "agency_position")
class Position {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agencyId;

	private String title;

	@Enumerated(EnumType.STRING)
	private PositionKind kind;

	private int rank;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	@OneToMany(mappedBy = "position", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startOn")
	private List<PositionHolding> holdings = new ArrayList<>();

	protected Position() {
	}

	Position(long agencyId, String title, PositionKind kind, int rank, LocalDate validFrom) {
		this.agencyId = agencyId;
		this.title = Texts.clean(title);
		if (this.title == null) {
			throw new IllegalArgumentException("A position needs a title");
		}
		this.kind = kind;
		this.rank = rank;
		this.validFrom = validFrom;
	}

	/**
	 * Seats the official from the given day. The current holder, if they started earlier, leaves the
	 * day before; any other holding on or after that day is an overlap and is refused.
	 */
	PositionHolding appoint(Official official, LocalDate startOn, boolean acting) {
		if (official.getId() == null) {
			throw new IllegalStateException("Save the official before appointing them");
		}
		if (!Dates.within(validFrom, validTo, startOn)) {
			throw new BusinessRuleException("directory.position.notInForce", title, Dates.format(startOn));
		}
		PositionHolding current = null;
		for (PositionHolding holding : holdings) {
			if (!holding.reachesOnOrAfter(startOn)) {
				continue;
			}
			if (holding.isOpen() && holding.getStartOn().isBefore(startOn)) {
				current = holding;
			}
			else {
				throw new OverlappingHoldingException(holding, startOn);
			}
		}
		if (current != null && current.getOfficialId().equals(official.getId())) {
			throw new BusinessRuleException("directory.holding.alreadyHolder", Dates.format(current.getStartOn()));
		}
		if (current != null) {
			current.end(startOn.minusDays(1));
		}
		PositionHolding holding = new PositionHolding(this, official.getId(), startOn, acting);
		holdings.add(holding);
		return holding;
	}

	/** The holding in force on the date, if the seat was filled then. */
	Optional<PositionHolding> holdingOn(LocalDate date) {
		return holdings.stream().filter(holding -> holding.coversOn(date)).findFirst();
	}

	PositionHolding holding(long holdingId) {
		return holdings.stream()
			.filter(holding -> holding.getId() != null && holding.getId() == holdingId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("directory.holding.notFound", holdingId));
	}

	/**
	 * The agency was merged from the given day: the seat and its current holding end the day before. A holding
	 * that starts or ends later would be cut short silently, so it is refused for the administrator to fix first.
	 */
	void endBecauseMergedFrom(LocalDate effectiveOn) {
		LocalDate lastDay = effectiveOn.minusDays(1);
		if (validTo != null && validTo.isBefore(effectiveOn)) {
			return;
		}
		if (validFrom != null && validFrom.isAfter(lastDay)) {
			throw new BusinessRuleException("directory.merger.laterPosition", title, Dates.format(validFrom));
		}
		for (PositionHolding holding : holdings) {
			if (!holding.reachesOnOrAfter(effectiveOn)) {
				continue;
			}
			if (!holding.isOpen() || !holding.getStartOn().isBefore(effectiveOn)) {
				throw new BusinessRuleException("directory.merger.laterHolding", title, Dates.format(effectiveOn));
			}
			holding.end(lastDay);
		}
		validTo = lastDay;
	}

	boolean inForceOn(LocalDate date) {
		return Dates.within(validFrom, validTo, date);
	}

	Long getId() {
		return id;
	}

	Long getAgencyId() {
		return agencyId;
	}

	String getTitle() {
		return title;
	}

	PositionKind getKind() {
		return kind;
	}

	int getRank() {
		return rank;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidTo() {
		return validTo;
	}

	List<PositionHolding> getHoldings() {
		return List.copyOf(holdings);
	}

	@Override
	public String toString() {
		return "Position#" + id;
	}
}
