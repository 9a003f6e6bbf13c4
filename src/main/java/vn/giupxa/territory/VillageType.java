package vn.giupxa.territory;

/** Kinds of residential units below a commune: thôn, bản, tổ dân phố. */
enum VillageType {
	VILLAGE, HAMLET, RESIDENTIAL_GROUP
}
