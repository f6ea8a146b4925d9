package io.readyroom.analytics.agreement;

import org.jspecify.annotations.Nullable;

/**
 * Running sums of machine and reviewed scores, from which the {@link Agreement} figures
 * follow without keeping the scores. The sums are integers, so a score that does not vary
 * is told exactly and not by a rounding error; they stay exact up to some 30 million
 * reviewed answers.
 */
final class AgreementTally {

	static final int MIN_FOR_CORRELATION = 3;

	private int count;

	private long machine;

	private long reviewed;

	private long machineSquares;

	private long reviewedSquares;

	private long products;

	private long absoluteDifferences;

	void add(int machineScore, int reviewedScore) {
		this.count++;
		this.machine += machineScore;
		this.reviewed += reviewedScore;
		this.machineSquares += (long) machineScore * machineScore;
		this.reviewedSquares += (long) reviewedScore * reviewedScore;
		this.products += (long) machineScore * reviewedScore;
		this.absoluteDifferences += Math.abs(machineScore - reviewedScore);
	}

	Agreement agreement() {
		if (this.count == 0) {
			return new Agreement(0, null, null, null, null);
		}
		return new Agreement(this.count, pearson(), round(this.absoluteDifferences), round(this.machine),
				round(this.reviewed));
	}

	/** Each sum times n, so the numerator and both spreads are integers. */
	private @Nullable Double pearson() {
		long machineSpread = this.count * this.machineSquares - this.machine * this.machine;
		long reviewedSpread = this.count * this.reviewedSquares - this.reviewed * this.reviewed;
		if (this.count < MIN_FOR_CORRELATION || machineSpread == 0 || reviewedSpread == 0) {
			return null;
		}
		long covariance = this.count * this.products - this.machine * this.reviewed;
		double r = covariance / Math.sqrt((double) machineSpread * reviewedSpread);
		return Math.round(r * 1000) / 1000.0;
	}

	/** The mean of a sum, to one decimal like the other scores of the API. */
	private double round(long sum) {
		return Math.round((double) sum / this.count * 10) / 10.0;
	}

}
