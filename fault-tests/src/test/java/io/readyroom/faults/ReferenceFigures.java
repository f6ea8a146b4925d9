package io.readyroom.faults;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.readyroom.faults.ReadModels.DashboardFigures;
import io.readyroom.faults.ReadModels.ProfileFigures;
import io.readyroom.faults.ReadModels.StoredScore;

/**
 * The figures analytics must show, computed here from scoring-service's stored scores
 * alone, the way the issue defines them: per learner the number of scored answers and
 * their plain mean, per cohort its learners, answers and the mean over all of its
 * answers, means rounded to one decimal as analytics rounds them.
 */
record ReferenceFigures(Map<String, ProfileFigures> profiles, Map<String, DashboardFigures> dashboards) {

	static ReferenceFigures of(Collection<StoredScore> scores) {
		Map<String, long[]> byLearner = new HashMap<>();
		Map<String, String> cohortOf = new HashMap<>();
		Map<String, long[]> byCohort = new HashMap<>();
		Map<String, Set<String>> learnersOf = new HashMap<>();
		for (StoredScore score : scores) {
			add(byLearner.computeIfAbsent(score.learnerId(), (key) -> new long[2]), score.score());
			cohortOf.put(score.learnerId(), score.cohortId());
			add(byCohort.computeIfAbsent(score.cohortId(), (key) -> new long[2]), score.score());
			learnersOf.computeIfAbsent(score.cohortId(), (key) -> new HashSet<>()).add(score.learnerId());
		}
		Map<String, ProfileFigures> profiles = new HashMap<>();
		byLearner.forEach((learner, sums) -> profiles.put(learner,
				new ProfileFigures(cohortOf.get(learner), (int) sums[0], meanOf(sums))));
		Map<String, DashboardFigures> dashboards = new HashMap<>();
		byCohort.forEach((cohort, sums) -> dashboards.put(cohort,
				new DashboardFigures(learnersOf.get(cohort).size(), sums[0], meanOf(sums))));
		return new ReferenceFigures(Map.copyOf(profiles), Map.copyOf(dashboards));
	}

	/** The learners whose stored profile differs from the reference, with both. */
	Map<String, String> profileDifferences(Map<String, ProfileFigures> stored) {
		Map<String, String> differences = new HashMap<>();
		this.profiles.forEach((learner, expected) -> {
			ProfileFigures actual = stored.get(learner);
			if (!expected.equals(actual)) {
				differences.put(learner, "expected " + expected + ", stored " + actual);
			}
		});
		return differences;
	}

	/** The cohorts whose stored dashboard differs from the reference, with both. */
	Map<String, String> dashboardDifferences(Map<String, DashboardFigures> stored) {
		Map<String, String> differences = new HashMap<>();
		this.dashboards.forEach((cohort, expected) -> {
			DashboardFigures actual = stored.get(cohort);
			if (!expected.equals(actual)) {
				differences.put(cohort, "expected " + expected + ", stored " + actual);
			}
		});
		return differences;
	}

	private static void add(long[] sums, int score) {
		sums[0]++;
		sums[1] += score;
	}

	private static double meanOf(long[] sums) {
		return (sums[0] > 0) ? Math.round((double) sums[1] / sums[0] * 10) / 10.0 : 0;
	}

}
