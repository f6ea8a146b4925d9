package io.readyroom.scoring.engine.validity;

/** Pearson's correlation of two samples of equal size. */
final class Correlation {

	private Correlation() {
	}

	static double pearson(double[] x, double[] y) {
		int n = x.length;
		double meanX = 0;
		double meanY = 0;
		for (int i = 0; i < n; i++) {
			meanX += x[i] / n;
			meanY += y[i] / n;
		}
		double covariance = 0;
		double varianceX = 0;
		double varianceY = 0;
		for (int i = 0; i < n; i++) {
			covariance += (x[i] - meanX) * (y[i] - meanY);
			varianceX += (x[i] - meanX) * (x[i] - meanX);
			varianceY += (y[i] - meanY) * (y[i] - meanY);
		}
		return (varianceX == 0 || varianceY == 0) ? 0 : covariance / Math.sqrt(varianceX * varianceY);
	}

}
