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

	/**
	 * Compacted: {@link AnswerSubmitted} events on their learner's partition, keyed by
	 * answer id, so that a tombstone erases one answer's text.
	 */
	public static final String ANSWERS = "readyroom.answers";

	/** {@link AnswerScored} events, keyed by learner id. */
	public static final String ANSWER_SCORES = "readyroom.answer-scores";

	/** {@link AnswerReviewed} events, keyed by learner id. */
	public static final String ANSWER_REVIEWS = "readyroom.answer-reviews";

	/**
	 * Compacted: {@link CohortChanged} events, keyed by {@code programId/cohortId}, so
	 * the topic keeps every cohort's latest state.
	 */
	public static final String COHORTS = "readyroom.cohorts";

	/**
	 * Compacted: {@link EnrolmentChanged} events, keyed by learner id, so the topic keeps
	 * every learner's latest enrolment.
	 */
	public static final String ENROLMENTS = "readyroom.enrolments";

	/**
	 * Compacted: {@link AssignmentChanged} events, keyed by
	 * {@code programId/assignmentId}, so the topic keeps every assignment's latest state.
	 */
	public static final String ASSIGNMENTS = "readyroom.assignments";

	/**
	 * {@link LearnerDataRead} events, keyed by program id: the access log of reads of
	 * learners' data by anyone other than the learner.
	 */
	public static final String DATA_READS = "readyroom.data-reads";

	/**
	 * {@link LearnerDataEvent}s, keyed by program id: erasure requests, each service's
	 * word that it erased, and expiries of answer text under a program's retention
	 * period.
	 */
	public static final String LEARNER_DATA = "readyroom.learner-data";

	/** Suffix of the dead-letter topic that every consumed topic has. */
	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	private Topics() {
	}

	public static List<String> all() {
		return List.of(QUESTION_BANK, PRACTICE_SESSIONS, ANSWERS, ANSWER_SCORES, ANSWER_REVIEWS, COHORTS, ENROLMENTS,
				ASSIGNMENTS, DATA_READS, LEARNER_DATA);
	}

	/**
	 * The topics that keep only each key's latest record: each holds whole states, not
	 * changes.
	 */
	public static List<String> compacted() {
		return List.of(QUESTION_BANK, COHORTS, ENROLMENTS, ASSIGNMENTS);
	}

	/**
	 * The topics that hold learners' own words: compacted with one key per record, so
	 * that tombstones erase a learner's records and the broker's cleaner then removes
	 * them.
	 */
	public static List<String> erasable() {
		return List.of(ANSWERS);
	}

	public static String deadLetterOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
