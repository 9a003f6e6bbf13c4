package vn.giupxa.directory;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.Texts;

/**
 * An agency ("cơ quan, đơn vị"): a department, unit, mass organisation, enterprise, bank or the
 * Coordination Office, attached to the administrative unit it serves. Its code never changes.
 */
@Entity
@Table(name = "agency")
class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	private Long unitId;

	private Long parentAgencyId;

	private String email;

	private String phone;

	private String address;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	protected Agency() {
	}

	Agency(String code, Details details) {
		this.code = Texts.clean(code);
		if (this.code == null) {
			throw new IllegalArgumentException("An agency needs a code");
		}
		update(details);
	}

	void update(Details details) {
		if (details.validFrom() != null && details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
			throw new BusinessRuleException("directory.validity.reversed");
		}
		if (id != null && id.equals(details.parentAgencyId())) {
			throw new BusinessRuleException("directory.agency.parent.self");
		}
		this.name = Texts.clean(details.name());
		this.shortName = Texts.clean(details.shortName());
		this.kind = details.kind();
		this.unitId = details.unitId();
		this.parentAgencyId = details.parentAgencyId();
		this.email = Texts.clean(details.email());
		this.phone = Texts.clean(details.phone());
		this.address = Texts.clean(details.address());
		this.validFrom = details.validFrom();
		this.validTo = details.validTo();
	}

	/** A new seat in this agency, valid from the given date (or from the agency's start). */
	Position newPosition(String title, PositionKind positionKind, int rank, LocalDate positionValidFrom) {
		if (id == null) {
			throw new IllegalStateException("Save the agency before adding positions");
		}
		LocalDate from = positionValidFrom != null ? positionValidFrom : validFrom;
		if (validTo != null && (from == null || from.isAfter(validTo))) {
			throw new BusinessRuleException("directory.agency.ended", Dates.format(validTo));
		}
		return new Position(id, title, positionKind, rank, from);
	}

	/**
	 * The agency takes a new name from the given day; the row keeps the latest name and the returned record the
	 * one before. A rename falls within the agency's life and after its previous rename ({@code lastRenameOn}).
	 */
	AgencyRename rename(String newName, String newShortName, LocalDate effectiveOn, LocalDate lastRenameOn) {
		if (validFrom != null && effectiveOn.isBefore(validFrom)) {
			throw new BusinessRuleException("directory.rename.beforeStart", Dates.format(validFrom));
		}
		if (validTo != null && effectiveOn.isAfter(validTo)) {
			throw new BusinessRuleException("directory.rename.afterEnd", Dates.format(validTo));
		}
		if (lastRenameOn != null && !effectiveOn.isAfter(lastRenameOn)) {
			throw new BusinessRuleException("directory.rename.notAfterLast", Dates.format(lastRenameOn));
		}
		String cleanName = Texts.clean(newName);
		String cleanShortName = Texts.clean(newShortName);
		if (cleanName == null || cleanName.equals(name)) {
			throw new BusinessRuleException("directory.rename.sameName");
		}
		AgencyRename rename = new AgencyRename(id, name, shortName, cleanName, cleanShortName, effectiveOn);
		this.name = cleanName;
		this.shortName = cleanShortName;
		return rename;
	}

	/** The agency is merged into another from the given day: its last day is the day before. */
	void endBecauseMergedFrom(LocalDate effectiveOn) {
		if (validFrom != null && !effectiveOn.isAfter(validFrom)) {
			throw new BusinessRuleException("directory.merger.beforeStart", Dates.format(validFrom));
		}
		if (validTo != null && validTo.isBefore(effectiveOn.minusDays(1))) {
			throw new BusinessRuleException("directory.merger.alreadyEnded", Dates.format(validTo));
		}
		this.validTo = effectiveOn.minusDays(1);
	}

	boolean inForceOn(LocalDate date) {
		return Dates.within(validFrom, validTo, date);
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getShortName() {
		return shortName;
	}

	AgencyKind getKind() {
		return kind;
	}

	Long getUnitId() {
		return unitId;
	}

	Long getParentAgencyId() {
		return parentAgencyId;
	}

	String getEmail() {
		return email;
	}

	String getPhone() {
		return phone;
	}

	String getAddress() {
		return address;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidTo() {
		return validTo;
	}

	long getVersion() {
		return version;
	}

	@Override
	public String toString() {
		return "Agency#" + id;
	}

	/** Everything about an agency but its code, as the service resolved it from a form. */
	record Details(String name, String shortName, AgencyKind kind, long unitId, Long parentAgencyId, String email,
			String phone, String address, LocalDate validFrom, LocalDate validTo) {
	}
}
