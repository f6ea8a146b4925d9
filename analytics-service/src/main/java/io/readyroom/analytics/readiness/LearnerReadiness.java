package io.readyroom.analytics.readiness;

import java.util.List;

/**
 * A learner's readiness for their target role track.
 *
 * @param roleTrack the role track of the learner's latest session; null before any
 * @param ready whether every requirement is met
 * @param blocking the competencies whose requirement is not met, weakest first
 */
public record LearnerReadiness(String learnerId, String roleTrack, boolean ready, List<RequirementStatus> requirements,
		List<String> blocking) {

	/**
	 * One requirement and how the learner stands against it.
	 *
	 * @param mastery null without any scored answer on the competency
	 */
	public record RequirementStatus(String competency, int threshold, int minAnswers, Double mastery, int answerCount,
			boolean met) {

		double gap() {
			return this.threshold - ((this.mastery != null) ? this.mastery : 0);
		}

	}

}
