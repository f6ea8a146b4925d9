package io.readyroom.scoring.engine;

import io.readyroom.scoring.engine.meaning.SentenceEmbedder;

/**
 * An embedder that finds no sentence like any other, so only the wording signal decides.
 */
final class NoMeaning implements SentenceEmbedder {

	@Override
	public float[] embed(String sentence) {
		return new float[4];
	}

}
