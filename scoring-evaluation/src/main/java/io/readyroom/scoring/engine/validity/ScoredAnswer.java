package io.readyroom.scoring.engine.validity;

import java.util.Set;

/**
 * A labelled answer with what the engine made of it: its features against the question's
 * references, its embedding and concepts (for comparing with other answers), and the
 * engine's 0–100 score, and whether the engine found the answer contradicting a key
 * point.
 */
record ScoredAnswer(String questionId, LabelledAnswer answer, double[] features, float[] vector, Set<String> concepts,
		int engineScore, boolean contradicts) {

	/** Plain word overlap: the share of the closest reference's content words used. */
	double wordOverlap() {
		return this.features[FeatureExtractor.FEATURES.indexOf("reference recall")];
	}

}
