package io.readyroom.session.erasure;

import io.readyroom.session.practice.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Which learner to erase. The id travels in the body, not the path, so that request logs
 * and proxies never record whom a program erased.
 */
record ErasureRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String learnerId) {

}
