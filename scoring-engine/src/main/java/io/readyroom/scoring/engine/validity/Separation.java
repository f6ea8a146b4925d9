package io.readyroom.scoring.engine.validity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well one number separates two groups of answers: ROC AUC (the chance that a random
 * positive scores above a random negative, ties counting half) and the point-biserial
 * correlation (Pearson's r between the number and a 0/1 label).
 *
 * @param auc ROC AUC; 0.5 is chance
 * @param pointBiserial Pearson's r with positive = 1, negative = 0
 * @param positives how many positives
 * @param negatives how many negatives
 * @param positiveMedian median value among positives
 * @param negativeMedian median value among negatives
 */
record Separation(double auc, double pointBiserial, int positives, int negatives, double positiveMedian,
		double negativeMedian) {

	static Separation of(List<Double> positive, List<Double> negative) {
		if (positive.isEmpty() || negative.isEmpty()) {
			throw new IllegalArgumentException("need values in both groups");
		}
		return new Separation(auc(positive, negative), pointBiserial(positive, negative), positive.size(),
				negative.size(), median(positive), median(negative));
	}

	/**
	 * Mann–Whitney U over n₊·n₋, from the ranks of the pooled values (ties get mean
	 * rank).
	 */
	private static double auc(List<Double> positive, List<Double> negative) {
		int n = positive.size() + negative.size();
		double[][] pooled = new double[n][];
		int i = 0;
		for (double value : positive) {
			pooled[i++] = new double[] { value, 1 };
		}
		for (double value : negative) {
			pooled[i++] = new double[] { value, 0 };
		}
		Arrays.sort(pooled, (a, b) -> Double.compare(a[0], b[0]));
		double positiveRanks = 0;
		for (int start = 0; start < n;) {
			int end = start;
			while (end + 1 < n && pooled[end + 1][0] == pooled[start][0]) {
				end++;
			}
			double meanRank = (start + end) / 2.0 + 1;
			for (int k = start; k <= end; k++) {
				positiveRanks += pooled[k][1] * meanRank;
			}
			start = end + 1;
		}
		double np = positive.size();
		double u = positiveRanks - np * (np + 1) / 2;
		return u / (np * negative.size());
	}

	private static double pointBiserial(List<Double> positive, List<Double> negative) {
		List<Double> values = new ArrayList<>(positive);
		values.addAll(negative);
		double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double spread = Math.sqrt(values.stream().mapToDouble((v) -> (v - mean) * (v - mean)).sum() / values.size());
		double p = (double) positive.size() / values.size();
		double gap = positive.stream().mapToDouble(Double::doubleValue).average().orElseThrow()
				- negative.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		return spread == 0 ? 0 : gap / spread * Math.sqrt(p * (1 - p));
	}

	static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

}
