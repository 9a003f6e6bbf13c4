package vn.giupxa.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An agency's proposal to put another of its leaders on an assignment. */
record RequestForm(@NotNull(message = "{assignment.request.position.required}") Long proposedPositionId,
		@NotBlank(message = "{assignment.request.reason.required}")
		@Size(max = 2000, message = "{assignment.request.reason.size}") String reason) {

	static RequestForm empty() {
		return new RequestForm(null, "");
	}
}
