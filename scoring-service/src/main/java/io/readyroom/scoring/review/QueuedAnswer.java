package io.readyroom.scoring.review;

import java.time.Instant;
import java.util.List;

import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.feedback.ScorerDoubt;

/**
 * An unreviewed answer in the review queue, and why a person should look at it.
 *
 * @param priority 0 to 1; the queue is ordered by it, highest first
 * @param gradedExamples how many reviewed answers its question has in the program
 * @param gradedExamplesNeeded how many it needs before they calibrate the scorer
 */
record QueuedAnswer(String answerId, String learnerId, String cohortId, String questionId, String questionText,
		int score, Instant submittedAt, double priority, List<String> reasons, int gradedExamples,
		int gradedExamplesNeeded) {

	static QueuedAnswer of(AnswerFeedback answer, ScorerDoubt doubt, int gradedExamples, int needed) {
		return new QueuedAnswer(answer.answerId(), answer.learnerId(), answer.cohortId(), answer.questionId(),
				answer.questionText(), answer.score(), answer.submittedAt(), Math.round(doubt.level() * 100) / 100.0,
				doubt.reasons(), gradedExamples, needed);
	}

}
