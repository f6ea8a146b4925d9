package io.readyroom.analytics.cohort;

import java.util.Arrays;

/** A growable array of doubles, without boxing 10,000 values per competency. */
final class DoubleList {

	private double[] values = new double[16];

	private int size;

	void add(double value) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = value;
	}

	double[] toArray() {
		return Arrays.copyOf(this.values, this.size);
	}

}
