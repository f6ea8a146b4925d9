package io.readyroom.scoring.engine.validity;

import java.util.List;

/**
 * Multinomial logistic regression on standardised features, fitted by full-batch gradient
 * descent with L2 regularisation and a fixed number of steps from zero weights: no
 * randomness, so the same training data always gives the same model.
 */
public final class LogisticRegression {

	private static final int STEPS = 3000;

	private static final double LEARNING_RATE = 0.5;

	private static final double L2 = 1e-3;

	private final List<String> classes;

	private final double[] mean;

	private final double[] scale;

	private final double[][] weights;

	private LogisticRegression(List<String> classes, double[] mean, double[] scale, double[][] weights) {
		this.classes = classes;
		this.mean = mean;
		this.scale = scale;
		this.weights = weights;
	}

	public static LogisticRegression fit(List<double[]> features, List<String> labels, List<String> classes) {
		int n = features.size();
		int d = features.get(0).length;
		double[] mean = new double[d];
		double[] scale = new double[d];
		for (double[] x : features) {
			for (int j = 0; j < d; j++) {
				mean[j] += x[j] / n;
			}
		}
		for (double[] x : features) {
			for (int j = 0; j < d; j++) {
				scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
			}
		}
		for (int j = 0; j < d; j++) {
			scale[j] = (scale[j] > 1e-12) ? Math.sqrt(scale[j]) : 1;
		}
		double[][] x = features.stream().map((f) -> standardise(f, mean, scale)).toArray(double[][]::new);
		int[] y = labels.stream().mapToInt(classes::indexOf).toArray();
		double[][] w = new double[classes.size()][d + 1];
		for (int step = 0; step < STEPS; step++) {
			double[][] gradient = new double[classes.size()][d + 1];
			for (int i = 0; i < n; i++) {
				double[] p = probabilities(w, x[i]);
				for (int c = 0; c < classes.size(); c++) {
					double error = p[c] - ((y[i] == c) ? 1 : 0);
					for (int j = 0; j <= d; j++) {
						gradient[c][j] += error * x[i][j] / n;
					}
				}
			}
			for (int c = 0; c < classes.size(); c++) {
				for (int j = 0; j <= d; j++) {
					w[c][j] -= LEARNING_RATE * (gradient[c][j] + ((j < d) ? L2 * w[c][j] : 0));
				}
			}
		}
		return new LogisticRegression(List.copyOf(classes), mean, scale, w);
	}

	public String predict(double[] features) {
		double[] p = probabilities(this.weights, standardise(features, this.mean, this.scale));
		int best = 0;
		for (int c = 1; c < p.length; c++) {
			if (p[c] > p[best]) {
				best = c;
			}
		}
		return this.classes.get(best);
	}

	/**
	 * For a two-class fit, the log-odds of {@code positive} as a linear function of the
	 * raw (unstandardised) features: the weights in feature order, then the bias.
	 */
	public double[] logOdds(String positive) {
		int p = this.classes.indexOf(positive);
		int q = 1 - p;
		int d = this.mean.length;
		double[] coefficients = new double[d + 1];
		double bias = this.weights[p][d] - this.weights[q][d];
		for (int j = 0; j < d; j++) {
			coefficients[j] = (this.weights[p][j] - this.weights[q][j]) / this.scale[j];
			bias -= coefficients[j] * this.mean[j];
		}
		coefficients[d] = bias;
		return coefficients;
	}

	/**
	 * Features scaled to mean 0 and deviation 1, with a constant 1 appended for the bias.
	 */
	private static double[] standardise(double[] features, double[] mean, double[] scale) {
		double[] x = new double[features.length + 1];
		for (int j = 0; j < features.length; j++) {
			x[j] = (features[j] - mean[j]) / scale[j];
		}
		x[features.length] = 1;
		return x;
	}

	private static double[] probabilities(double[][] w, double[] x) {
		double[] z = new double[w.length];
		double max = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < w.length; c++) {
			for (int j = 0; j < x.length; j++) {
				z[c] += w[c][j] * x[j];
			}
			max = Math.max(max, z[c]);
		}
		double sum = 0;
		for (int c = 0; c < w.length; c++) {
			z[c] = Math.exp(z[c] - max);
			sum += z[c];
		}
		for (int c = 0; c < w.length; c++) {
			z[c] /= sum;
		}
		return z;
	}

}
