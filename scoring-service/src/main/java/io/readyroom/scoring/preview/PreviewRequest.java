package io.readyroom.scoring.preview;

import java.util.List;

import io.readyroom.scoring.engine.GradedExample;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A text to score, against a bank question ({@code questionId}, optionally a
 * {@code version}) or an inline question ({@code question} and {@code modelAnswer},
 * optionally {@code keyPoints}); either optionally calibrated by {@code gradedExamples}.
 */
record PreviewRequest(@NotBlank @Size(max = 10_000) String answer, String questionId, @Min(1) Integer version,
		@Size(max = 1_000) String question, @Size(max = 10_000) String modelAnswer,
		@Size(max = 20) List<@NotBlank @Size(max = 500) String> keyPoints,
		@Size(max = 200) List<@NotNull @Valid Graded> gradedExamples) {

	boolean isInline() {
		return this.questionId == null;
	}

	List<GradedExample> examples() {
		return (this.gradedExamples != null)
				? this.gradedExamples.stream().map((g) -> new GradedExample(g.answer(), g.score())).toList()
				: List.of();
	}

	/** An answer a person graded, 0 to 100. */
	record Graded(@NotBlank @Size(max = 10_000) String answer, @NotNull @Min(0) @Max(100) Integer score) {

	}

}
