package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.List;

import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.analytics.score.ScoredAnswer.KeyPointVerdict;
import io.readyroom.contracts.CompetencyScore;

/**
 * What one answer adds to its learner's running totals: the score that counts (the
 * reviewer's for a reviewed answer), the question, the submission time and the verdicts
 * that count. Two contributions of one answer differ exactly when a re-score or a review
 * changed what it counts for, so a fold compares the answer's contribution now with the
 * one its totals hold and applies the difference, or nothing.
 */
record AnswerContribution(int score, String questionId, Instant submittedAt, List<CompetencyScore> competencies,
		List<KeyPointVerdict> keyPoints) {

	AnswerContribution {
		competencies = (competencies != null) ? List.copyOf(competencies) : List.of();
		keyPoints = (keyPoints != null) ? List.copyOf(keyPoints) : List.of();
	}

	static AnswerContribution of(ScoredAnswer answer) {
		return new AnswerContribution(answer.score(), answer.questionId(), answer.submittedAt(),
				answer.competencyScores(), answer.keyPoints());
	}

	String week() {
		return WeekTally.weekOf(this.submittedAt);
	}

	List<String> competencyIds() {
		return this.competencies.stream().map(CompetencyScore::competency).toList();
	}

}
