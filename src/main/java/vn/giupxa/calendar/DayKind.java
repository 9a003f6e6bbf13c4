package vn.giupxa.calendar;

/** What a calendar entry does to a day. */
public enum DayKind {
	/** Ngày nghỉ lễ, Tết. */
	HOLIDAY,
	/** Ngày nghỉ bù. */
	DAY_OFF_IN_LIEU,
	/** Ngày làm bù (a Saturday or Sunday worked). */
	MAKE_UP_WORKING_DAY;

	boolean isWorking() {
		return this == MAKE_UP_WORKING_DAY;
	}
}
