package vn.giupxa.fieldwork;

import java.time.YearMonth;

/** The meeting list's filters; all optional. */
record MeetingFilter(String commune, MeetingState state, YearMonth month) {
}
