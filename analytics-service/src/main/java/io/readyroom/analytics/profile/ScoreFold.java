package io.readyroom.analytics.profile;

import java.util.List;

/**
 * The bookkeeping of a profile's running totals, stored on the profile beside the figures
 * it shows (field {@code scoreFold}) and written in the same update, so totals, windows
 * and the fold that produced them never disagree.
 *
 * @param seq how many folds wrote the totals; a fold writes only while it is still the
 * one it read, which is how two folds of one learner at once are told apart
 * @param scoreSum the sum of every counted answer's score
 * @param competencies per competency, its score sum and its latest scores
 * @param keyPointsSeen per key point, the latest answer (in submission order) that judged
 * it, whose competencies it names
 * @param pending the answers the fold numbered {@code seq} changed, with what they count
 * for now, until each answer is marked with it ({@link CountedScore}); {@code null} once
 * marked
 */
record ScoreFold(long seq, long scoreSum, List<CompetencyWindow> competencies, List<KeyPointSeen> keyPointsSeen,
		PendingFold pending) {

	ScoreFold {
		competencies = (competencies != null) ? List.copyOf(competencies) : List.of();
		keyPointsSeen = (keyPointsSeen != null) ? List.copyOf(keyPointsSeen) : List.of();
	}

	/** A competency's score sum and its latest scores, oldest first. */
	record CompetencyWindow(String competency, long scoreSum, List<RecentScore> recent) {

	}

	/** The latest answer that judged a key point. */
	record KeyPointSeen(String questionId, String criterionId, RecentScore answer) {

	}

	/** What one fold changed: each answer with what the totals now count it for. */
	record PendingFold(long seq, List<FoldedAnswer> answers) {

		PendingFold {
			answers = (answers != null) ? List.copyOf(answers) : List.of();
		}

	}

	/** An answer and what the totals count it for. */
	record FoldedAnswer(String answerId, AnswerContribution contribution) {

	}

}
