package io.readyroom.analytics.weakarea;

import java.util.List;

/**
 * One competency a learner should work on.
 *
 * @param mastery null when the role requires it and it was never practised
 * @param target the mastery to reach: the role's threshold, else
 * {@value WeakAreas#DEFAULT_TARGET}
 * @param gap target minus mastery (the target itself when never practised)
 * @param reason in words, why it is weak
 * @param missedKeyPoints the key points of this competency's questions missed most
 * @param recommendedQuestions bank questions to practise it with, unanswered ones first
 */
public record WeakArea(String competency, Double mastery, int answerCount, int target, int minAnswers, double gap,
		String reason, List<MissedKeyPoint> missedKeyPoints, List<String> recommendedQuestions) {

	/** A key point and how often the learner missed it (partly made counts as half). */
	public record MissedKeyPoint(String questionId, String criterionId, String description, int assessed, int missed,
			int partial) {

		double missWeight() {
			return this.missed + this.partial / 2.0;
		}

	}

}
