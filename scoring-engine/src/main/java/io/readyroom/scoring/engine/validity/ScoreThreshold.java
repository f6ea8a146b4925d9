package io.readyroom.scoring.engine.validity;

import java.util.List;

/**
 * The engine score at or above which an answer is called correct, chosen on training
 * data.
 */
final class ScoreThreshold {

	private ScoreThreshold() {
	}

	/**
	 * The cut-off from 0 to 100 with the best training weighted F1; the lowest on a tie.
	 */
	static int fit(List<ScoredAnswer> training, List<String> labels) {
		List<String> twoWay = labels.stream().map((l) -> l.equals("correct") ? "correct" : "incorrect").toList();
		int best = 0;
		double bestF1 = -1;
		for (int threshold = 0; threshold <= 100; threshold++) {
			int t = threshold;
			double f1 = F1Scores.of(twoWay, training.stream().map((a) -> label(a, t)).toList()).weighted();
			if (f1 > bestF1) {
				bestF1 = f1;
				best = threshold;
			}
		}
		return best;
	}

	static String label(ScoredAnswer answer, int threshold) {
		return (answer.engineScore() >= threshold) ? "correct" : "incorrect";
	}

}
