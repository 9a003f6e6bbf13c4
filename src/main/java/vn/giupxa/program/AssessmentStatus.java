package vn.giupxa.program;

/** Where a scorecard is in its workflow: the commune drafts and submits, the Coordination Office verifies or returns. */
enum AssessmentStatus {
	DRAFT, SUBMITTED, VERIFIED, RETURNED;

	boolean editable() {
		return this == DRAFT || this == RETURNED;
	}
}
