package vn.giupxa.obstacle;

/**
 * Filters of the register: commune code, level, category, state, kind, overdue only, text, the
 * raiser (a helper's own items), age in days at least, program item, criterion; all optional.
 */
record RegisterFilter(String commune, ObstacleLevel level, String category, ObstacleState state, ObstacleKind kind,
		Boolean overdue, String q, String raisedBy, Integer minAgeDays, Long component, Long criterion) {

	static RegisterFilter none() {
		return new RegisterFilter(null, null, null, null, null, false, null, null, null, null, null);
	}

	public boolean overdueOnly() {
		return Boolean.TRUE.equals(overdue);
	}
}
