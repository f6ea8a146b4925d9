package io.readyroom.scoring.engine.validity;

import java.util.List;

/**
 * The engine score at or above which an answer is called correct, chosen on training
 * data: how the shipped scorer's 0–100 score is read as a SemEval label.
 */
final class ScoreThreshold {

	private ScoreThreshold() {
	}

	/**
	 * The cut-off from 0 to 100 with the best training weighted F1 for the given labels;
	 * the lowest on a tie.
	 */
	static int fit(List<ScoredAnswer> training, List<String> labels, boolean threeWay) {
		int best = 0;
		double bestF1 = -1;
		for (int threshold = 0; threshold <= 100; threshold++) {
			int t = threshold;
			double f1 = F1Scores.of(labels, training.stream().map((a) -> label(a, t, threeWay)).toList()).weighted();
			if (f1 > bestF1) {
				bestF1 = f1;
				best = threshold;
			}
		}
		return best;
	}

	/**
	 * Correct at or above the threshold; below it, in the 3-way task, contradictory when
	 * the engine found a sentence negating a key point, else incorrect.
	 */
	static String label(ScoredAnswer answer, int threshold, boolean threeWay) {
		if (answer.engineScore() >= threshold) {
			return "correct";
		}
		return (threeWay && answer.contradicts()) ? "contradictory" : "incorrect";
	}

}
