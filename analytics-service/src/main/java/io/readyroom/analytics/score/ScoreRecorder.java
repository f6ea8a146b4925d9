package io.readyroom.analytics.score;

import io.readyroom.contracts.AnswerScored;

import org.springframework.stereotype.Service;

/**
 * Keeps the score that counts per answer. Read-then-write is safe here because one
 * learner's scores arrive in order on one partition and are handled by one consumer at a
 * time.
 */
@Service
public class ScoreRecorder {

	private final ScoredAnswerRepository answers;

	ScoreRecorder(ScoredAnswerRepository answers) {
		this.answers = answers;
	}

	/**
	 * Stores the score unless a newer rubric version's score is already there.
	 * @return whether the stored score is now this event's
	 */
	public boolean record(AnswerScored event) {
		boolean counts = this.answers.findById(event.answerId())
			.map((stored) -> stored.isSupersededBy(event))
			.orElse(true);
		if (counts) {
			this.answers.save(ScoredAnswer.of(event));
		}
		return counts;
	}

}
