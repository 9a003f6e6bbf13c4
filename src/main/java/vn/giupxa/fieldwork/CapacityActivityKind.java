package vn.giupxa.fieldwork;

/** A training session, a working session with the commune's party committee, or another activity. */
enum CapacityActivityKind {
	TRAINING, PARTY_COMMITTEE_SESSION, OTHER
}
