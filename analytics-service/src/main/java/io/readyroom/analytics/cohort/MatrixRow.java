package io.readyroom.analytics.cohort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.profile.CompetencyStanding;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.readiness.LearnerReadiness;

/**
 * One learner's row of the learners × competencies matrix (heatmap data).
 *
 * @param blockingNames the names of the competencies in {@code blocking}, in its order
 * @param mastery competency to mastery, for the competencies the learner has answers in
 * @param answers competency to scored answers
 */
public record MatrixRow(String learnerId, String cohortId, String roleTrack, boolean ready, List<String> blocking,
		List<String> blockingNames, int answerCount, int sessionsStarted, int sessionsCompleted,
		Map<String, Double> mastery, Map<String, Integer> answers) {

	public static MatrixRow of(LearnerProfile profile, LearnerReadiness readiness, BankTexts texts) {
		Map<String, Double> mastery = new LinkedHashMap<>();
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (CompetencyStanding standing : profile.competencies()) {
			mastery.put(standing.competency(), standing.mastery());
			answers.put(standing.competency(), standing.answerCount());
		}
		return new MatrixRow(profile.learnerId(), profile.cohortId(), profile.roleTrack(), readiness.ready(),
				readiness.blocking(), texts.competencyNames(readiness.blocking()), profile.answerCount(),
				profile.sessionsStarted(), profile.sessionsCompleted(), mastery, answers);
	}

}
