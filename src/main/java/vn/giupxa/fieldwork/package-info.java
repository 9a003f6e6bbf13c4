/**
 * Fieldwork of the helpers in their communes ("đi cơ sở"): field visits planned with mandatory content, the
 * commune notified in advance and acknowledging, then reports whose difficulties enter the obstacle register; the
 * commune's meetings with the helpers' attendance and reports; the work calendar with its iCalendar feed; and the
 * daily reminders of what is overdue.
 */
package vn.giupxa.fieldwork;
