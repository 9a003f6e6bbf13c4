package vn.giupxa.directory;

/** The two bodies of a unit that the help system works with. */
public enum CommitteeKind {
	/** Ủy ban nhân dân (UBND). */
	PEOPLES_COMMITTEE,
	/** Ban Chỉ đạo các Chương trình mục tiêu quốc gia (BCĐ). */
	STEERING_COMMITTEE
}
