package vn.giupxa.assignment;

/** Where an adjustment request stands: filed, being reviewed by the Coordination Office, then accepted or refused. */
public enum RequestStatus {
	SUBMITTED, UNDER_REVIEW, ACCEPTED, REFUSED
}
