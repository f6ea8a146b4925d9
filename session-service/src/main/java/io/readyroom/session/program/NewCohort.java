package io.readyroom.session.program;

import java.util.List;

import io.readyroom.session.practice.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A cohort to open: its name, and optionally its id (made from the name when left out)
 * and coaches.
 */
record NewCohort(@NotBlank @Size(max = CohortName.MAX_LENGTH) String name,
		@Nullable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String cohortId,
		@Nullable @Size(max = CoachIds.MAX_COACHES) List<@Pattern(regexp = Ids.PATTERN,
				message = Ids.MESSAGE) String> coachIds) {

	NewCohort {
		coachIds = (coachIds != null) ? List.copyOf(coachIds) : List.of();
	}

}
