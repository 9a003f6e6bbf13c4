package vn.giupxa.directory;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An agency's change of name ("đổi tên"): the name before, the name after and the first day of the new name. */
@Entity
@Table(name = "agency_rename")
class AgencyRename {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agencyId;

	private String oldName;

	private String oldShortName;

	private String newName;

	private String newShortName;

	private LocalDate effectiveOn;

	@Version
	private long version;

	protected AgencyRename() {
	}

	AgencyRename(long agencyId, String oldName, String oldShortName, String newName, String newShortName,
			LocalDate effectiveOn) {
		this.agencyId = agencyId;
		this.oldName = oldName;
		this.oldShortName = oldShortName;
		this.newName = newName;
		this.newShortName = newShortName;
		this.effectiveOn = effectiveOn;
	}

	Long getId() {
		return id;
	}

	LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	@Override
	public String toString() {
		return "AgencyRename#" + id;
	}
}
