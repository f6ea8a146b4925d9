package io.readyroom.contracts;

import java.util.List;

/** The one catalog of Kafka topic names. */
public final class Topics {

	/**
	 * Compacted: one record per question version, keyed by {@code questionId@version}.
	 */
	public static final String QUESTION_BANK = "readyroom.question-bank";

	/** Session lifecycle events, keyed by learner id. */
	public static final String PRACTICE_SESSIONS = "readyroom.practice-sessions";

	/** {@link AnswerSubmitted} events, keyed by learner id. */
	public static final String ANSWERS = "readyroom.answers";

	/** {@link AnswerScored} events, keyed by learner id. */
	public static final String ANSWER_SCORES = "readyroom.answer-scores";

	/** {@link AnswerReviewed} events, keyed by learner id. */
	public static final String ANSWER_REVIEWS = "readyroom.answer-reviews";

	/** Suffix of the dead-letter topic that every consumed topic has. */
	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	private Topics() {
	}

	public static List<String> all() {
		return List.of(QUESTION_BANK, PRACTICE_SESSIONS, ANSWERS, ANSWER_SCORES, ANSWER_REVIEWS);
	}

	public static String deadLetterOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
