package io.readyroom.session.program;

import io.readyroom.session.practice.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The cohort a learner is to be in. */
record Placement(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String cohortId) {

}
