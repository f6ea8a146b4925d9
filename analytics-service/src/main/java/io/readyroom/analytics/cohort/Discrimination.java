package io.readyroom.analytics.cohort;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The upper-lower discrimination index of a question: do learners who do well overall
 * also do well on it? Robust on small groups and easy to explain to a coach; the
 * point-biserial correlation assumes right/wrong items, our scores are 0-100.
 */
final class Discrimination {

	static final double GROUP_SHARE = 0.27;

	static final int MIN_LEARNERS = 4;

	private Discrimination() {
	}

	/**
	 * @param pairs per learner: {score on the question, overall mean score}
	 */
	static Double index(double[][] pairs) {
		if (pairs.length < MIN_LEARNERS) {
			return null;
		}
		double[][] sorted = pairs.clone();
		Arrays.sort(sorted,
				Comparator.comparingDouble((double[] pair) -> pair[1]).thenComparingDouble((pair) -> pair[0]));
		int group = Math.max(1, (int) Math.round(GROUP_SHARE * sorted.length));
		double lower = 0;
		double upper = 0;
		for (int i = 0; i < group; i++) {
			lower += sorted[i][0];
			upper += sorted[sorted.length - 1 - i][0];
		}
		return Math.round((upper - lower) / group / 100 * 100) / 100.0;
	}

}
