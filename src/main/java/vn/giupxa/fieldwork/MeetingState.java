package vn.giupxa.fieldwork;

/**
 * Where a commune meeting stands: published by the commune, an attendee named by the helper side, reported on
 * after the meeting, or cancelled by the commune.
 */
public enum MeetingState {
	PUBLISHED, ATTENDEE_NAMED, REPORTED, CANCELLED;

	boolean isOpen() {
		return this == PUBLISHED || this == ATTENDEE_NAMED;
	}
}
