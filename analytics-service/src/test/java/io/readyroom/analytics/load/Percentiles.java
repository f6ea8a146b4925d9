package io.readyroom.analytics.load;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations in milliseconds. */
final class Percentiles {

	private final double[] sorted;

	Percentiles(double[] millis) {
		this.sorted = millis.clone();
		Arrays.sort(this.sorted);
	}

	double at(double percent) {
		// nearest rank: the smallest value with at least percent % of the sample at or
		// below it
		int rank = (int) Math.ceil(percent / 100 * this.sorted.length);
		return this.sorted[Math.max(0, rank - 1)];
	}

	double max() {
		return this.sorted[this.sorted.length - 1];
	}

	int size() {
		return this.sorted.length;
	}

}
