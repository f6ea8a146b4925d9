package io.readyroom.scoring.learnerdata;

import java.time.Instant;
import java.util.Set;

import io.readyroom.contracts.AnswerTextExpired;
import io.readyroom.scoring.answer.ReceivedAnswers;
import io.readyroom.scoring.feedback.FeedbackRecorder;
import io.readyroom.scoring.review.AnswerReviews;

import org.springframework.core.log.LogAccessor;
import org.springframework.stereotype.Service;

/**
 * Removes the text of a program's answers submitted before its retention period, and
 * every word quoted from it: in the received answers (which are then not scored again),
 * in their feedback, and in their reviews, which stop being graded examples, so other
 * answers' feedback cites them by grade only. Scores, verdicts and counts stay. Each step
 * matches only what still has text, so the sweep's repeats change nothing.
 */
@Service
class AnswerTextExpiry {

	private static final LogAccessor log = new LogAccessor(AnswerTextExpiry.class);

	private final ReceivedAnswers receivedAnswers;

	private final FeedbackRecorder feedback;

	private final AnswerReviews reviews;

	AnswerTextExpiry(ReceivedAnswers receivedAnswers, FeedbackRecorder feedback, AnswerReviews reviews) {
		this.receivedAnswers = receivedAnswers;
		this.feedback = feedback;
		this.reviews = reviews;
	}

	void expire(AnswerTextExpired expired) {
		String programId = expired.programId();
		Instant before = expired.submittedBefore();
		Set<String> reviewed = this.feedback.submittedBefore(programId, before, this.reviews.answerIdsOf(programId));
		long reviews = this.reviews.expireText(reviewed);
		long citing = this.feedback.forgetCitedWordsOf(programId, reviewed);
		long feedback = this.feedback.expireText(programId, before);
		long answers = this.receivedAnswers.expireText(programId, before);
		log.info(() -> "Answer text before " + before + " expired in program " + programId + ": " + answers
				+ " answers, " + feedback + " feedback, " + reviews + " reviews, " + citing + " citing feedback");
	}

}
