package io.readyroom.scoring.engine.meaning;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product says how close their
 * meanings are. Implementations must be thread-safe and deterministic.
 */
public interface SentenceEmbedder {

	float[] embed(String sentence);

	/**
	 * The unit-length mean of sentence vectors: where a whole text sits; empty for no
	 * sentences.
	 */
	static float[] centroid(List<float[]> vectors) {
		if (vectors.isEmpty()) {
			return new float[0];
		}
		float[] sum = new float[vectors.get(0).length];
		for (float[] vector : vectors) {
			for (int i = 0; i < sum.length; i++) {
				sum[i] += vector[i];
			}
		}
		return UnitVectors.normalize(sum);
	}

	default List<float[]> embedAll(List<String> sentences) {
		return sentences.stream().map(this::embed).toList();
	}

	/** Cosine of two unit vectors; 0 when either is empty. */
	static double similarity(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

}
