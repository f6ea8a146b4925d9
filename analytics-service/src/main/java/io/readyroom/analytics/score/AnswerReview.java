package io.readyroom.analytics.score;

import io.readyroom.analytics.score.ScoredAnswer.Review;
import io.readyroom.contracts.AnswerReviewed;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The highest revision of an answer's review, kept whether or not the answer's score has
 * arrived, so a review that overtook its score is applied when the score comes. The
 * reviewer's note to the learner is not kept: analytics does not show it.
 */
@Document("answer_reviews")
record AnswerReview(@Id String answerId, String learnerId, String programId, String cohortId, String questionId,
		int questionVersion, Review review) {

	static AnswerReview of(AnswerReviewed event) {
		return new AnswerReview(event.answerId(), event.learnerId(), event.programId(), event.cohortId(),
				event.questionId(), event.questionVersion(), Review.of(event));
	}

}
