package vn.giupxa.program;

/** A recognition decision, or a re-acknowledgement of a merged commune (its own decision, never inferred). */
enum RecognitionKind {
	RECOGNISED, RE_ACKNOWLEDGED
}
