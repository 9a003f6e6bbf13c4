package vn.giupxa.obstacle;

/**
 * Filters of the register: commune code, level, category, state, kind, overdue only, text, the
 * raiser, age in days at least, a helper (the communes that helper account acts for), program item,
 * criterion; all optional.
 */
record RegisterFilter(String commune, ObstacleLevel level, String category, ObstacleState state, ObstacleKind kind,
		Boolean overdue, String q, String raisedBy, Integer minAgeDays, String helper, Long component, Long criterion) {

	static RegisterFilter none() {
		return new RegisterFilter(null, null, null, null, null, false, null, null, null, null, null, null);
	}

	public boolean overdueOnly() {
		return Boolean.TRUE.equals(overdue);
	}
}
