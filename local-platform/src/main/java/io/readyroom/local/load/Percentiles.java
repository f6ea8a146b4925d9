package io.readyroom.local.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Percentiles of measured durations by the nearest-rank method: the p-th percentile is
 * the smallest measurement that at least p percent of the measurements do not exceed, so
 * it is always one that was actually seen.
 */
final class Percentiles {

	private final List<Duration> sorted;

	Percentiles(List<Duration> measurements) {
		List<Duration> copy = new ArrayList<>(measurements);
		Collections.sort(copy);
		this.sorted = List.copyOf(copy);
	}

	int count() {
		return this.sorted.size();
	}

	/**
	 * @param percent above 0, at most 100
	 * @throws IllegalStateException when nothing was measured
	 */
	Duration at(double percent) {
		if (percent <= 0 || percent > 100) {
			throw new IllegalArgumentException("A percentile lies above 0 and at most at 100, not at " + percent);
		}
		if (this.sorted.isEmpty()) {
			throw new IllegalStateException("No measurements to take a percentile of");
		}
		int rank = (int) Math.ceil(percent / 100 * this.sorted.size());
		return this.sorted.get(Math.max(rank, 1) - 1);
	}

}
