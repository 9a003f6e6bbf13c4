package vn.giupxa.program;

/** What an indicator's threshold depends on: the region (vùng, 2021–2025) or the commune group (2026–2030). */
enum ThresholdKey {
	REGION, COMMUNE_GROUP, NONE;

	/** The values a key can take: the seven regions, or groups 1 to 3. */
	java.util.List<String> keyValues() {
		return switch (this) {
			case REGION -> java.util.Arrays.stream(Region.values()).map(Region::name).toList();
			case COMMUNE_GROUP -> java.util.List.of("1", "2", "3");
			case NONE -> java.util.List.of("ALL");
		};
	}
}
