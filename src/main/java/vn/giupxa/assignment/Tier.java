package vn.giupxa.assignment;

/** Which People's Committee decides: the province's, or a district's while the district tier existed. */
public enum Tier {
	PROVINCE, DISTRICT
}
