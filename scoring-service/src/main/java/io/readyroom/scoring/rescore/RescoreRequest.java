package io.readyroom.scoring.rescore;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Which question's answers to re-score, and under which version (the newest when left
 * out).
 */
record RescoreRequest(@NotBlank String questionId, @Min(1) Integer version) {

}
