package io.readyroom.scoring.engine.validity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Correlations of two samples of equal size: Pearson's r, and Spearman's rank correlation
 * (Pearson's r of the ranks; tied values share their average rank).
 */
public final class Correlation {

	private Correlation() {
	}

	public static double pearson(double[] x, double[] y) {
		requireSameLength(x, y);
		double meanX = Arrays.stream(x).average().orElse(0);
		double meanY = Arrays.stream(y).average().orElse(0);
		double covariance = 0;
		double varianceX = 0;
		double varianceY = 0;
		for (int i = 0; i < x.length; i++) {
			covariance += (x[i] - meanX) * (y[i] - meanY);
			varianceX += (x[i] - meanX) * (x[i] - meanX);
			varianceY += (y[i] - meanY) * (y[i] - meanY);
		}
		return (varianceX == 0 || varianceY == 0) ? 0 : covariance / Math.sqrt(varianceX * varianceY);
	}

	public static double spearman(double[] x, double[] y) {
		requireSameLength(x, y);
		return pearson(ranks(x), ranks(y));
	}

	/** Each value's rank from 1, ties sharing their average rank. */
	public static double[] ranks(double[] values) {
		Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((index) -> values[index]));
		double[] ranks = new double[values.length];
		for (int start = 0; start < order.length;) {
			int end = start;
			while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
				end++;
			}
			for (int position = start; position <= end; position++) {
				ranks[order[position]] = (start + end) / 2.0 + 1;
			}
			start = end + 1;
		}
		return ranks;
	}

	private static void requireSameLength(double[] x, double[] y) {
		if (x.length != y.length || x.length < 2) {
			throw new IllegalArgumentException("needs two samples of the same size, at least two values each");
		}
	}

}
