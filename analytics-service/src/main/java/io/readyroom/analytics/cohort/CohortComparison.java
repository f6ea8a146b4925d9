package io.readyroom.analytics.cohort;

import java.util.List;
import java.util.Map;

/**
 * The cohorts of one program side by side.
 *
 * @param medianMastery per cohort, competency to the median learner's mastery
 */
record CohortComparison(String programId, List<CohortSummary> cohorts) {

	record CohortSummary(String cohortId, int learners, double readinessRate, long answers, double meanScore,
			Map<String, Double> medianMastery) {

		static CohortSummary of(CohortDashboard dashboard) {
			Map<String, Double> medians = new java.util.TreeMap<>();
			dashboard.competencies()
				.forEach((distribution) -> medians.put(distribution.competency(), distribution.median()));
			return new CohortSummary(dashboard.cohortId(), dashboard.learners(), dashboard.readinessRate(),
					dashboard.answers(), dashboard.meanScore(), medians);
		}

	}

}
