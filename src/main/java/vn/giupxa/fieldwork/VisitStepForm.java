package vn.giupxa.fieldwork;

import java.time.LocalDate;

/**
 * One step on a visit: the text the actor writes (who receives the visit, a reason), a date where the step
 * takes one (another date, the day it was done), and the version the actor saw.
 */
record VisitStepForm(String text, LocalDate date, Long version) {
}
