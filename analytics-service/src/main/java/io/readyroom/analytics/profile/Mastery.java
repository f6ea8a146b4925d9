package io.readyroom.analytics.profile;

/**
 * The mastery estimate: an exponentially decayed mean over a competency's scores in the
 * order the answers were submitted, the latest with weight 1, the one before with
 * {@value #DECAY}, then {@value #DECAY}², and so on (a half-life of about three answers),
 * so a learner who improves is not held back by their first attempts, while one lucky
 * answer does not erase a record. Only the latest {@value #WINDOW} scores are read: the
 * 33rd latest would weigh 0.8³² ≈ 0.0008 of the latest, so the running totals keep a
 * window of that many per competency instead of the whole history. Confidence is
 * {@code n / (n + }{@value #PRIOR}{@code )}: one answer gives 0.33, three 0.6, eight 0.8.
 */
final class Mastery {

	static final double DECAY = 0.8;

	static final double PRIOR = 2;

	static final int WINDOW = 32;

	private Mastery() {
	}

	static double of(double[] scoresOldestFirst) {
		double weighted = 0;
		double weights = 0;
		double weight = 1;
		int oldestRead = Math.max(0, scoresOldestFirst.length - WINDOW);
		for (int i = scoresOldestFirst.length - 1; i >= oldestRead; i--) {
			weighted += weight * scoresOldestFirst[i];
			weights += weight;
			weight *= DECAY;
		}
		return (weights > 0) ? round(weighted / weights) : 0;
	}

	static double confidence(int answers) {
		return Math.round(answers / (answers + PRIOR) * 100) / 100.0;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
