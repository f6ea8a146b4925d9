package io.readyroom.session.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A cohort's new name. */
record CohortName(@NotBlank @Size(max = MAX_LENGTH) String name) {

	static final int MAX_LENGTH = 100;

}
