package io.readyroom.scoring.engine.meaning;

import java.util.List;

/**
 * The embedded reference sentences of one question: per criterion its exemplars,
 * expressions and description; for the whole question its text, then the model answer's
 * sentences; per red flag its statements.
 */
public record ReferenceEmbeddings(List<List<float[]>> criteria, List<float[]> question, List<List<float[]>> redFlags) {

	public ReferenceEmbeddings {
		criteria = List.copyOf(criteria);
		question = List.copyOf(question);
		redFlags = List.copyOf(redFlags);
	}

	/**
	 * The closest a safe statement of the question comes to the sentence: a reference of
	 * a criterion, or a sentence of the model answer.
	 */
	public double safeSimilarity(float[] sentence) {
		return Math.max(keyPointSimilarity(sentence), best(this.question.subList(1, this.question.size()), sentence));
	}

	/** The closest any reference of any criterion comes to the sentence. */
	public double keyPointSimilarity(float[] sentence) {
		double best = 0;
		for (List<float[]> references : this.criteria) {
			best = Math.max(best, best(references, sentence));
		}
		return best;
	}

	/** The closest any reference of the criterion comes to the sentence. */
	public double bestSimilarity(int criterion, float[] sentence) {
		return best(this.criteria.get(criterion), sentence);
	}

	/** The closest any reference of the whole question comes to the sentence. */
	public double topicSimilarity(float[] sentence) {
		return Math.max(best(this.question, sentence), keyPointSimilarity(sentence));
	}

	private static double best(List<float[]> references, float[] sentence) {
		double best = 0;
		for (float[] reference : references) {
			best = Math.max(best, SentenceEmbedder.similarity(reference, sentence));
		}
		return best;
	}

}
