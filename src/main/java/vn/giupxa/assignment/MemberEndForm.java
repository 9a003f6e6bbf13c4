package vn.giupxa.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The last day (inclusive) a member helps in the team. */
record MemberEndForm(@NotNull(message = "{assignment.member.endOn.required}") LocalDate endOn) {
}
