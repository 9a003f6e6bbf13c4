package vn.giupxa.fieldwork;

/**
 * What kind of commune meeting: a village meeting ("họp thôn, bản"), a party-cell meeting ("họp chi bộ"), a meeting
 * of agencies and mass organisations ("họp cơ quan, đoàn thể"), or another.
 */
public enum MeetingKind {
	VILLAGE, PARTY_CELL, ORGANISATIONS, OTHER
}
