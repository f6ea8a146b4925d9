package io.readyroom.scoring.preview;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A text to score, against a bank question ({@code questionId}, optionally a
 * {@code version}) or an inline question ({@code question} and {@code modelAnswer},
 * optionally {@code keyPoints}).
 */
record PreviewRequest(@NotBlank @Size(max = 10_000) String answer, String questionId, @Min(1) Integer version,
		@Size(max = 1_000) String question, @Size(max = 10_000) String modelAnswer,
		@Size(max = 20) List<@NotBlank @Size(max = 500) String> keyPoints) {

	boolean isInline() {
		return this.questionId == null;
	}

}
