package io.readyroom.session.program;

import io.readyroom.session.practice.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A role track chosen as a learner's target role, by its id in the competency model. */
record RoleTrackChoice(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String roleTrack) {

}
