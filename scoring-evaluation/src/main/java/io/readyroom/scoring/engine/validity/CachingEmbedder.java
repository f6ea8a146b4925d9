package io.readyroom.scoring.engine.validity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.readyroom.scoring.engine.meaning.SentenceEmbedder;

/**
 * Embeds each distinct text once: the evaluation meets the same answers and references
 * often.
 */
final class CachingEmbedder implements SentenceEmbedder {

	private final SentenceEmbedder delegate;

	private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

	CachingEmbedder(SentenceEmbedder delegate) {
		this.delegate = delegate;
	}

	@Override
	public float[] embed(String sentence) {
		return this.vectors.computeIfAbsent(sentence, this.delegate::embed);
	}

}
