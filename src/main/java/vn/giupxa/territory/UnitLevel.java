package vn.giupxa.territory;

/** Tier of an administrative unit. The district tier exists only on dates before 1 July 2025. */
public enum UnitLevel {
	PROVINCE, DISTRICT, COMMUNE, VILLAGE
}
