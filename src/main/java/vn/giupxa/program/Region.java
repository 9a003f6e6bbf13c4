package vn.giupxa.program;

/**
 * The seven socio-economic regions (vùng) of the 2021–2025 thresholds; especially disadvantaged and
 * safe-zone communes use the Northern midlands and mountains values.
 */
enum Region {
	/** Trung du và miền núi phía Bắc. */
	TDMNPB,
	/** Đồng bằng sông Hồng. */
	DBSH,
	/** Bắc Trung Bộ. */
	BTB,
	/** Duyên hải Nam Trung Bộ. */
	DHNTB,
	/** Tây Nguyên. */
	TN,
	/** Đông Nam Bộ. */
	DNB,
	/** Đồng bằng sông Cửu Long. */
	DBSCL
}
