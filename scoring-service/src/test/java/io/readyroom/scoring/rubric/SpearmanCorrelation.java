package io.readyroom.scoring.rubric;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Spearman's rank correlation: how far two scorings put the same items in the same order,
 * from -1 (reversed) to 1 (same order). Tied values share their average rank.
 */
final class SpearmanCorrelation {

	private SpearmanCorrelation() {
	}

	static double of(double[] first, double[] second) {
		if (first.length != second.length || first.length < 2) {
			throw new IllegalArgumentException("Needs two series of the same length, at least two items each");
		}
		return pearson(ranks(first), ranks(second));
	}

	static double[] ranks(double[] values) {
		Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((index) -> values[index]));
		double[] ranks = new double[values.length];
		int start = 0;
		while (start < order.length) {
			int end = start;
			while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
				end++;
			}
			double sharedRank = (start + end) / 2.0 + 1;
			for (int position = start; position <= end; position++) {
				ranks[order[position]] = sharedRank;
			}
			start = end + 1;
		}
		return ranks;
	}

	private static double pearson(double[] first, double[] second) {
		double meanFirst = Arrays.stream(first).average().orElseThrow();
		double meanSecond = Arrays.stream(second).average().orElseThrow();
		double covariance = 0;
		double varianceFirst = 0;
		double varianceSecond = 0;
		for (int i = 0; i < first.length; i++) {
			double deviationFirst = first[i] - meanFirst;
			double deviationSecond = second[i] - meanSecond;
			covariance += deviationFirst * deviationSecond;
			varianceFirst += deviationFirst * deviationFirst;
			varianceSecond += deviationSecond * deviationSecond;
		}
		if (varianceFirst == 0 || varianceSecond == 0) {
			return 0;
		}
		return covariance / Math.sqrt(varianceFirst * varianceSecond);
	}

}
