package io.readyroom.analytics.cohort;

import java.util.Arrays;

import io.readyroom.analytics.cohort.CohortDashboard.CompetencyDistribution;

/**
 * Quartiles computed here rather than with {@code $percentile}, which the embedded store
 * lacks.
 */
final class Quartiles {

	private Quartiles() {
	}

	static CompetencyDistribution of(String competency, String competencyName, double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(0);
		return new CompetencyDistribution(competency, competencyName, sorted.length, round(mean), sorted[0],
				round(at(sorted, 0.25)), round(at(sorted, 0.5)), round(at(sorted, 0.75)), sorted[sorted.length - 1]);
	}

	static double at(double[] sorted, double p) {
		double position = p * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
