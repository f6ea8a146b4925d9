package io.readyroom.scoring.engine.meaning;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product says how close their
 * meanings are. Implementations must be thread-safe and deterministic.
 */
public interface SentenceEmbedder {

	float[] embed(String sentence);

	default List<float[]> embedAll(List<String> sentences) {
		return sentences.stream().map(this::embed).toList();
	}

	/** Cosine of two unit vectors. */
	static double similarity(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

}
