package io.readyroom.analytics.cohort;

import java.util.List;
import java.util.Map;

/**
 * The cohorts of one program side by side.
 *
 * @param medianMastery per cohort, competency to the median learner's mastery
 */
record CohortComparison(String programId, List<CohortSummary> cohorts) {

	/**
	 * @param name the cohort's name; {@code null} before the program described it
	 * @param closed whether the cohort's term has ended
	 */
	record CohortSummary(String cohortId, String name, boolean closed, int learners, int learnersWithoutTarget,
			double readinessRate, long answers, double meanScore, Map<String, Double> medianMastery) {

		static CohortSummary of(CohortDashboard dashboard) {
			Map<String, Double> medians = new java.util.TreeMap<>();
			dashboard.competencies()
				.forEach((distribution) -> medians.put(distribution.competency(), distribution.median()));
			return new CohortSummary(dashboard.cohortId(), dashboard.name(), dashboard.closed(), dashboard.learners(),
					dashboard.learnersWithoutTarget(), dashboard.readinessRate(), dashboard.answers(),
					dashboard.meanScore(), medians);
		}

	}

}
