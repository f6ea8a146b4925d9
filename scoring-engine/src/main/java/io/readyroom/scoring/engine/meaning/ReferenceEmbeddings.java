package io.readyroom.scoring.engine.meaning;

import java.util.List;

/**
 * The embedded reference sentences of one question: per criterion its exemplars,
 * expressions and description, and for the whole question its text and model answer.
 */
public record ReferenceEmbeddings(List<List<float[]>> criteria, List<float[]> question) {

	public ReferenceEmbeddings {
		criteria = List.copyOf(criteria);
		question = List.copyOf(question);
	}

	/** The closest any reference of the criterion comes to the sentence. */
	public double bestSimilarity(int criterion, float[] sentence) {
		return best(this.criteria.get(criterion), sentence);
	}

	/** Which of the criterion's references is closest to the sentence, by position. */
	public int bestReference(int criterion, float[] sentence) {
		List<float[]> references = this.criteria.get(criterion);
		int best = 0;
		for (int i = 1; i < references.size(); i++) {
			if (SentenceEmbedder.similarity(references.get(i), sentence) > SentenceEmbedder
				.similarity(references.get(best), sentence)) {
				best = i;
			}
		}
		return best;
	}

	/** The closest any reference of the whole question comes to the sentence. */
	public double topicSimilarity(float[] sentence) {
		double best = best(this.question, sentence);
		for (List<float[]> references : this.criteria) {
			best = Math.max(best, best(references, sentence));
		}
		return best;
	}

	private static double best(List<float[]> references, float[] sentence) {
		double best = 0;
		for (float[] reference : references) {
			best = Math.max(best, SentenceEmbedder.similarity(reference, sentence));
		}
		return best;
	}

}
