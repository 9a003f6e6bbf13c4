package vn.giupxa.fieldwork;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the helper records: the commune, kind, day, topic, who took part and how many. */
record CapacityActivityForm(
		@NotBlank(message = "{capacity.commune.required}") String communeCode,
		@NotNull(message = "{capacity.kind.required}") CapacityActivityKind kind,
		@NotNull(message = "{capacity.heldOn.required}") LocalDate heldOn,
		@NotBlank(message = "{capacity.topic.required}") @Size(max = 2000, message = "{capacity.topic.tooLong}") String topic,
		@Size(max = 4000, message = "{capacity.participants.tooLong}") String participants,
		@NotNull(message = "{capacity.count.required}") @Min(value = 0, message = "{capacity.count.negative}")
		@Max(value = 100000, message = "{capacity.count.tooLarge}") Integer participantCount) {

	static CapacityActivityForm empty(String communeCode, LocalDate today) {
		return new CapacityActivityForm(communeCode, null, today, "", "", null);
	}
}
