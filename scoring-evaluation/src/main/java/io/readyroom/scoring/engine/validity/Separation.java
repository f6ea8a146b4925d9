package io.readyroom.scoring.engine.validity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

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
		double[] ranks = Correlation.ranks(pooled(positive, negative));
		double positiveRanks = Arrays.stream(ranks, 0, positive.size()).sum();
		double np = positive.size();
		return (positiveRanks - np * (np + 1) / 2) / (np * negative.size());
	}

	private static double pointBiserial(List<Double> positive, List<Double> negative) {
		double[] labels = new double[positive.size() + negative.size()];
		Arrays.fill(labels, 0, positive.size(), 1);
		return Correlation.pearson(pooled(positive, negative), labels);
	}

	/** The positives' values, then the negatives'. */
	private static double[] pooled(List<Double> positive, List<Double> negative) {
		return Stream.concat(positive.stream(), negative.stream()).mapToDouble(Double::doubleValue).toArray();
	}

	static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

}
