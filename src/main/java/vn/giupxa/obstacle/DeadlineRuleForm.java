package vn.giupxa.obstacle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A level's deadline, for all categories (blank) or one. */
record DeadlineRuleForm(@NotNull(message = "{obstacle.rules.level.required}") ObstacleLevel level, String categoryCode,
		@NotNull(message = "{obstacle.rules.workingDays.required}")
		@Min(value = 0, message = "{obstacle.rules.workingDays.negative}")
		@Max(value = 365, message = "{obstacle.rules.workingDays.tooLarge}") Integer workingDays) {
}
