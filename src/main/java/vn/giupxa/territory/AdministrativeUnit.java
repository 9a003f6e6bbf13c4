package vn.giupxa.territory;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version of an administrative unit ("đơn vị hành chính"). Official units arrive by migration;
 * through the application only villages ("thôn, bản, tổ dân phố") are added, under a commune.
 */
@Entity
@Table(name = "administrative_unit")
class AdministrativeUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitLevel level;

	private String unitType;

	private Long parentId;

	private String path;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	protected AdministrativeUnit() {
	}

	private AdministrativeUnit(String code, String name, UnitLevel level, String unitType, Long parentId, String path,
			LocalDate validFrom) {
		this.code = code;
		this.name = name;
		this.level = level;
		this.unitType = unitType;
		this.parentId = parentId;
		this.path = path;
		this.validFrom = validFrom;
	}

	/** A village under a commune, numbered after the commune's code ("02839-03"). */
	static AdministrativeUnit village(UnitView commune, int sequence, String name, VillageType type, LocalDate from) {
		String code = commune.code() + "-" + String.format("%02d", sequence);
		return new AdministrativeUnit(code, name, UnitLevel.VILLAGE, type.name(), commune.id(),
				commune.path() + code + "/", from);
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
}
