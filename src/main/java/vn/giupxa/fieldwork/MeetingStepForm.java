package vn.giupxa.fieldwork;

/**
 * One step on a meeting: the attendee the helper side names ({@link #WHOLE_TEAM} for the whole team), the reason
 * the commune gives when it cancels, and the version the actor saw.
 */
record MeetingStepForm(String attendee, String text, Long version) {

	/** The attendee value that names the whole team. */
	static final String WHOLE_TEAM = "*";
}
