package io.readyroom.scoring.engine;

import java.util.Objects;

/**
 * An answer to a question that a person graded: what a program's coaches, or a file a
 * program calibrates from, say such an answer is worth.
 *
 * @param score the grade, 0 to 100
 */
public record GradedExample(String answer, int score) {

	/**
	 * How many graded examples a question needs before they shape its scores; with fewer,
	 * the rubric alone scores it.
	 */
	public static final int ENOUGH_PER_QUESTION = GradedExampleScoring.MIN_EXAMPLES;

	public GradedExample {
		Objects.requireNonNull(answer, "a graded example needs its answer");
		if (answer.isBlank()) {
			throw new IllegalArgumentException("a graded example's answer must not be blank");
		}
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException("a graded example's score must be 0 to 100 but was " + score);
		}
	}

}
