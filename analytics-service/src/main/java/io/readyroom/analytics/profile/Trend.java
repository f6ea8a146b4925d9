package io.readyroom.analytics.profile;

/**
 * The mean of the latest (up to three) answers against the mean of the (up to three)
 * before them.
 *
 * @param direction {@code improving} or {@code declining} when the means differ by at
 * least {@value #STEADY_BAND} points, else {@code steady}; {@code insufficient-evidence}
 * below two answers
 * @param delta recent mean minus earlier mean, in score points
 */
public record Trend(String direction, double delta) {

	static final double STEADY_BAND = 5;

	static final int WINDOW = 3;

	static Trend of(double[] scoresOldestFirst) {
		int n = scoresOldestFirst.length;
		if (n < 2) {
			return new Trend("insufficient-evidence", 0);
		}
		int recent = Math.min(WINDOW, n / 2 + n % 2);
		int earlier = Math.min(WINDOW, n - recent);
		double delta = Mastery
			.round(mean(scoresOldestFirst, n - recent, n) - mean(scoresOldestFirst, n - recent - earlier, n - recent));
		String direction = (delta >= STEADY_BAND) ? "improving" : (delta <= -STEADY_BAND) ? "declining" : "steady";
		return new Trend(direction, delta);
	}

	private static double mean(double[] values, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += values[i];
		}
		return sum / (to - from);
	}

}
