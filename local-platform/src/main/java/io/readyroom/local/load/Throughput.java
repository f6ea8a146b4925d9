package io.readyroom.local.load;

import java.time.Duration;
import java.time.Instant;

/**
 * How many things happened per second between two moments.
 */
record Throughput(long count, Duration elapsed) {

	static Throughput between(long count, Instant from, Instant to) {
		return new Throughput(count, Duration.between(from, to));
	}

	/**
	 * @return the rate; 0 when nothing happened or no time passed, where there is no rate
	 * to speak of
	 */
	double perSecond() {
		if (this.count == 0 || this.elapsed.isZero() || this.elapsed.isNegative()) {
			return 0;
		}
		return this.count / (this.elapsed.toNanos() / 1e9);
	}

	/** This rate as a fraction of {@code other}'s; 0 when the other has no rate. */
	double ratioTo(Throughput other) {
		double base = other.perSecond();
		return (base == 0) ? 0 : perSecond() / base;
	}

}
