package io.readyroom.session.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** What a learner sends to start practising. */
record StartSessionRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String learnerId,
		@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String cohortId,
		@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String roleTrack) {

}
