package io.readyroom.scoring.engine.criteria;

/**
 * Cosine similarities (all-MiniLM-L6-v2) at which an answer sentence meets or partly
 * meets a criterion. Set by reading paraphrase pairs of bank exemplars: paraphrases of
 * one key point sit around 0.7 to 0.85, sentences on the same topic that make a different
 * point around 0.4 to 0.55.
 */
public record MeaningThresholds(double met, double partial) {

	public static final MeaningThresholds DEFAULT = new MeaningThresholds(0.72, 0.6);

}
