package io.readyroom.analytics.weakarea;

import java.util.List;

/**
 * One competency a learner should work on.
 *
 * @param competencyName the competency model's name; the id for a competency it does not
 * name
 * @param mastery null when the role requires it and it was never practised
 * @param target the mastery to reach: the role's threshold, else
 * {@value WeakAreas#DEFAULT_TARGET}
 * @param gap target minus mastery (the target itself when never practised)
 * @param reason in words, why it is weak
 * @param missedKeyPoints the key points of this competency's questions missed most
 * @param recommendedQuestions bank questions to practise it with, unanswered ones first
 */
public record WeakArea(String competency, String competencyName, Double mastery, int answerCount, int target,
		int minAnswers, double gap, String reason, List<MissedKeyPoint> missedKeyPoints,
		List<RecommendedQuestion> recommendedQuestions) {

	/**
	 * A key point and how often the learner missed it (partly made counts as half).
	 *
	 * @param questionText the question's latest text; null when the bank has not told it
	 * @param description the key point's latest description, whole; the criterion id when
	 * the bank has not told it
	 */
	public record MissedKeyPoint(String questionId, String questionText, String criterionId, String description,
			int assessed, int missed, int partial) {

		double missWeight() {
			return this.missed + this.partial / 2.0;
		}

	}

	/** A bank question to practise the competency with, and its latest text. */
	public record RecommendedQuestion(String questionId, String questionText) {

	}

}
