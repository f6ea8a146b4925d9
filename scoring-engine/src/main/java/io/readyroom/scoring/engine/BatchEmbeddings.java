package io.readyroom.scoring.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.readyroom.scoring.engine.meaning.SentenceEmbedder;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;

/**
 * The sentence vectors of a batch of answers, from one call to the embedder for all of
 * them. A sentence that occurs in several answers is embedded once: the embedder is
 * deterministic, so each answer gets exactly the vectors it would get alone. Lives only
 * as long as its batch.
 */
final class BatchEmbeddings {

	private final Map<String, float[]> vectors;

	private final Function<AnalyzedText, List<String>> embedded;

	private BatchEmbeddings(Map<String, float[]> vectors, Function<AnalyzedText, List<String>> embedded) {
		this.vectors = vectors;
		this.embedded = embedded;
	}

	/**
	 * @param embedded the sentences of an answer that are embedded, in order
	 */
	static BatchEmbeddings of(List<AnalyzedText> texts, Function<AnalyzedText, List<String>> embedded,
			SentenceEmbedder embedder) {
		Set<String> distinct = new LinkedHashSet<>();
		texts.forEach((text) -> distinct.addAll(embedded.apply(text)));
		List<String> sentences = List.copyOf(distinct);
		List<float[]> vectors = embedder.embedAll(sentences);
		Map<String, float[]> bySentence = new HashMap<>();
		for (int i = 0; i < sentences.size(); i++) {
			bySentence.put(sentences.get(i), vectors.get(i));
		}
		return new BatchEmbeddings(bySentence, embedded);
	}

	/** The vectors of the answer's embedded sentences, in order. */
	List<float[]> of(AnalyzedText text) {
		return this.embedded.apply(text).stream().map(this.vectors::get).toList();
	}

	/** The sentences of an answer the engine embeds: the first {@code limit}. */
	static Function<AnalyzedText, List<String>> firstSentences(int limit) {
		return (text) -> text.sentences().stream().limit(limit).map(Sentence::text).toList();
	}

}
