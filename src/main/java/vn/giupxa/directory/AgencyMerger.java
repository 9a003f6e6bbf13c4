package vn.giupxa.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An agency merged into a successor ("hợp nhất, sáp nhập") from {@code effectiveOn}; the merged agency's last
 * day is the day before. Each carried-over position names the successor's position that takes its place.
 */
@Entity
@Table(name = "agency_merger")
class AgencyMerger {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agencyId;

	private long successorAgencyId;

	private LocalDate effectiveOn;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "agency_merger_position", joinColumns = @JoinColumn(name = "merger_id"))
	private List<PositionMapping> positions = new ArrayList<>();

	protected AgencyMerger() {
	}

	AgencyMerger(long agencyId, long successorAgencyId, LocalDate effectiveOn, List<PositionMapping> positions) {
		this.agencyId = agencyId;
		this.successorAgencyId = successorAgencyId;
		this.effectiveOn = effectiveOn;
		this.positions.addAll(positions);
	}

	Long getId() {
		return id;
	}

	long getSuccessorAgencyId() {
		return successorAgencyId;
	}

	LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	List<PositionMapping> getPositions() {
		return List.copyOf(positions);
	}

	@Override
	public String toString() {
		return "AgencyMerger#" + id;
	}

	/** A position of the merged agency and the successor's position that carries it on. */
	@Embeddable
	record PositionMapping(long positionId, long successorPositionId) {
	}
}
