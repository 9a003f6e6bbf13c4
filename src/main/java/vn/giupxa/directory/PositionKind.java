package vn.giupxa.directory;

/** Where a position stands in its agency's leadership. */
public enum PositionKind {
	/** Người đứng đầu (Giám đốc, Chủ tịch…). */
	HEAD,
	/** Cấp phó (Phó Giám đốc…). */
	DEPUTY_HEAD,
	/** Any other position. */
	OTHER
}
