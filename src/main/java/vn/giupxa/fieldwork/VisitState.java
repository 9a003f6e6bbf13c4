package vn.giupxa.fieldwork;

/**
 * Where a field visit stands: planned (a draft), notified to the commune, answered with another date,
 * acknowledged by the commune, done, reported, or cancelled.
 */
public enum VisitState {
	PLANNED, NOTIFIED, DATE_PROPOSED, ACKNOWLEDGED, DONE, REPORTED, CANCELLED;

	boolean isOpen() {
		return this != DONE && this != REPORTED && this != CANCELLED;
	}
}
