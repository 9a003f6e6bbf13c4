package vn.giupxa.fieldwork;

import java.time.LocalDate;

/** The visit list's filters; all optional. */
record VisitFilter(String commune, VisitState state, LocalDate from, LocalDate to) {
}
