package io.readyroom.contracts;

/** Scores are whole numbers from 0 to 100. */
final class ScoreRange {

	private ScoreRange() {
	}

	static void require(int score, String field) {
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException(field + " must be between 0 and 100 but was " + score);
		}
	}

}
