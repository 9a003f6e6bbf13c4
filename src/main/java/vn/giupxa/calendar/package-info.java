/**
 * Working days ("ngày làm việc"): the holiday calendar the administrator maintains and the
 * working-day arithmetic deadlines are counted with.
 */
package vn.giupxa.calendar;
