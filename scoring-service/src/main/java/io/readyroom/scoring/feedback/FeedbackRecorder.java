package io.readyroom.scoring.feedback;

import java.util.Optional;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.scoring.rubric.RubricVersion;

import org.springframework.stereotype.Service;

/**
 * Keeps each answer's feedback for the learner and their coaches. A re-score under a
 * newer rubric version replaces it; a late redelivery of an older one does not.
 */
@Service
public class FeedbackRecorder {

	private final AnswerFeedbackRepository feedback;

	FeedbackRecorder(AnswerFeedbackRepository feedback) {
		this.feedback = feedback;
	}

	public void record(AnswerScored scored, String answerText, RubricVersion question) {
		Optional<AnswerFeedback> stored = this.feedback.findById(scored.answerId());
		if (stored.isEmpty() || stored.get().questionVersion() <= scored.questionVersion()) {
			this.feedback.save(AnswerFeedback.of(scored, answerText, question));
		}
	}

}
