package io.readyroom.analytics.readiness;

import java.util.List;

/**
 * A learner's readiness for their target role, the role track staff set in their
 * enrolment; never the role track of a session.
 *
 * @param roleTrack the learner's target role; {@code null} when none is set
 * @param targetRoleSet whether the learner has a target role; without one readiness is
 * not judged: {@code ready} is false and nothing is required or blocking
 * @param proposedTargetRole a role track the learner proposed that staff have not
 * confirmed; shown, not judged against
 * @param ready whether every requirement is met
 * @param blocking the competencies whose requirement is not met, weakest first
 */
public record LearnerReadiness(String learnerId, String roleTrack, boolean targetRoleSet, String proposedTargetRole,
		boolean ready, List<RequirementStatus> requirements, List<String> blocking) {

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
