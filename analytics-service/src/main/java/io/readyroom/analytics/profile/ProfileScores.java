package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The score part of a learner's profile as a fold reads and writes it: the figures shown
 * and the bookkeeping of their running totals.
 *
 * @param scoreFold {@code null} until the first fold, also on a profile written before
 * running totals existed
 */
@Document("learner_profiles")
record ProfileScores(@Id String learnerId, String cohortId, int answerCount, List<CompetencyStanding> competencies,
		List<QuestionTally> questions, List<KeyPointTally> keyPoints, List<WeekTally> answerWeeks,
		Instant lastAnsweredAt, ScoreFold scoreFold) {

	ProfileScores {
		competencies = (competencies != null) ? List.copyOf(competencies) : List.of();
		questions = (questions != null) ? List.copyOf(questions) : List.of();
		keyPoints = (keyPoints != null) ? List.copyOf(keyPoints) : List.of();
		answerWeeks = (answerWeeks != null) ? List.copyOf(answerWeeks) : List.of();
	}

	/** How many folds wrote the totals, 0 before the first. */
	long foldSeq() {
		return (this.scoreFold != null) ? this.scoreFold.seq() : 0;
	}

}
