package io.readyroom.scoring.engine;

import java.util.Objects;

/**
 * One answer to score in a batch ({@link ScoringEngine#scoreAll}): the question version
 * it was asked under, with the graded examples to lean on, and the answer's text. Two
 * equal ones get the same report, so a batch scores them once.
 */
public record AnswerToScore(ScorableQuestion question, String answer) {

	public AnswerToScore {
		Objects.requireNonNull(question, "question must not be null");
		answer = (answer != null) ? answer : "";
	}

}
