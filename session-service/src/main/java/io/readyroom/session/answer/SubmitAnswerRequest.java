package io.readyroom.session.answer;

import java.time.Instant;

import io.readyroom.session.practice.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A learner's answer. {@code answerId} is chosen by the client (a UUID, say) and makes
 * retries safe: the same id with the same answer is accepted once. {@code answeredAt}, a
 * past time, is accepted only where backdating is allowed (the local demo, see
 * {@code readyroom.practice.backdating-allowed}); left out, the answer is submitted now.
 */
record SubmitAnswerRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String answerId,
		@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String questionId,
		@NotBlank @Size(max = MAX_ANSWER_LENGTH) String text, Instant answeredAt) {

	static final int MAX_ANSWER_LENGTH = 10_000;

}
