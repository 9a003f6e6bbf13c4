package vn.giupxa.assignment;

/** A decision is drafted by the Coordination Office, then issued; an issued decision is never edited. */
public enum DecisionStatus {
	DRAFT, ISSUED
}
