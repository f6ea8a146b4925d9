package io.readyroom.scoring.engine.batch;

import java.util.Optional;

import io.readyroom.scoring.engine.ScorableQuestion;

/**
 * Finds the current version of a bank question by id; implemented by whoever owns the
 * bank.
 */
@FunctionalInterface
public interface QuestionResolver {

	Optional<ScorableQuestion> find(String questionId);

	/** For batches of inline questions only. */
	static QuestionResolver none() {
		return (questionId) -> Optional.empty();
	}

}
