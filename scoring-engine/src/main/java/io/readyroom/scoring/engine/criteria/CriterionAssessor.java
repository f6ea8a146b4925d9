package io.readyroom.scoring.engine.criteria;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.engine.meaning.ReferenceEmbeddings;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;
import io.readyroom.scoring.engine.text.Token;

/**
 * Judges each criterion from all its signals at once: reads the signals, weighs them into
 * credit with the {@link CreditModel}, reads the verdict off the credit, and cites the
 * learner's words that earned it: the matched phrase when the wording carried it, else
 * the sentence closest in meaning.
 */
public final class CriterionAssessor {

	/** Credit at which a learner is told the key point is met, or partly met. */
	static final double MET = 0.6;

	static final double PARTIAL = 0.3;

	/**
	 * References this close to a sentence's closest one are read for contradiction too.
	 */
	private static final double CLOSE_REFERENCES = 0.1;

	/** A phrase covered this far is evidence a learner can see in their own words. */
	private static final double VISIBLE_WORDING = 0.5;

	private final PhraseMatcher matcher;

	public CriterionAssessor(PhraseMatcher matcher) {
		this.matcher = matcher;
	}

	/**
	 * @param sentenceVectors one embedding per sentence of {@code answer}, in order
	 * @param references the embedded references, indexed like {@code criteria}
	 */
	public List<CriterionOutcome> assess(AnalyzedText answer, List<float[]> sentenceVectors,
			List<PreparedCriterion> criteria, ReferenceEmbeddings references, CreditModel model) {
		Set<String> answerConcepts = NegationAgreement.polarConcepts(answer);
		return IntStream.range(0, criteria.size())
			.mapToObj((i) -> assess(answer, answerConcepts, sentenceVectors, criteria.get(i), i, references, model))
			.toList();
	}

	private CriterionOutcome assess(AnalyzedText answer, Set<String> answerConcepts, List<float[]> sentenceVectors,
			PreparedCriterion criterion, int index, ReferenceEmbeddings references, CreditModel model) {
		PhraseMatch wording = bestWording(answer, criterion);
		ClosestSentences closest = closest(answer, sentenceVectors, criterion, index, references);
		CriterionSignals signals = new CriterionSignals(weighed(wording), closest.similarity(closest.any()),
				closest.similarity(closest.affirming()), recall(answerConcepts, criterion), closest.contradicts());
		double credit = model.credit(signals);
		Verdict verdict = (credit >= MET) ? Verdict.MET : (credit >= PARTIAL) ? Verdict.PARTIAL : Verdict.MISSED;
		String id = criterion.criterion().id();
		int evidence = model.affirmedMeaning() ? closest.affirming() : closest.any();
		if (verdict == Verdict.MISSED) {
			return new CriterionOutcome(id, verdict, credit, "", -1, -1, Signal.NONE, signals);
		}
		if (wording.coverage() >= VISIBLE_WORDING || evidence < 0) {
			return outcome(id, verdict, credit, answer, wording.start(), wording.end(), Signal.WORDING, signals);
		}
		Sentence sentence = answer.sentences().get(evidence);
		return outcome(id, verdict, credit, answer, sentence.start(), sentence.end(), Signal.MEANING, signals);
	}

	private static ClosestSentences closest(AnalyzedText answer, List<float[]> sentenceVectors,
			PreparedCriterion criterion, int index, ReferenceEmbeddings references) {
		double[] similarity = new double[sentenceVectors.size()];
		int any = -1;
		int affirming = -1;
		boolean contradicts = false;
		for (int s = 0; s < sentenceVectors.size(); s++) {
			similarity[s] = references.bestSimilarity(index, sentenceVectors.get(s));
			boolean contradicting = contradicts(answer, s, sentenceVectors.get(s), similarity[s], criterion, index,
					references);
			if (any < 0 || similarity[s] > similarity[any]) {
				any = s;
				contradicts = contradicting;
			}
			if (!contradicting && (affirming < 0 || similarity[s] > similarity[affirming])) {
				affirming = s;
			}
		}
		return new ClosestSentences(similarity, any, affirming, contradicts);
	}

	/**
	 * A sentence that negates what a reference close to it affirms is no evidence of the
	 * key point, however close its words: "nobody was retrained, so it could happen
	 * again" against "we retrained them so it would not happen again".
	 */
	private static boolean contradicts(AnalyzedText answer, int sentence, float[] vector, double best,
			PreparedCriterion criterion, int index, ReferenceEmbeddings references) {
		List<Token> tokens = answer.tokensOf(answer.sentences().get(sentence));
		List<float[]> vectors = references.criteria().get(index);
		for (int r = 0; r < vectors.size(); r++) {
			if (SentenceEmbedder.similarity(vectors.get(r), vector) >= best - CLOSE_REFERENCES
					&& NegationAgreement.disagree(tokens, criterion.references().get(r).tokens())) {
				return true;
			}
		}
		return false;
	}

	private PhraseMatch bestWording(AnalyzedText answer, PreparedCriterion criterion) {
		PhraseMatch best = null;
		for (Phrase phrase : criterion.phrases()) {
			PhraseMatch match = this.matcher.bestMatch(answer, phrase);
			if (best == null || weighed(match) > weighed(best)) {
				best = match;
			}
		}
		return best;
	}

	/**
	 * A phrase of one or two words says less than a whole statement: "patient record"
	 * occurs in answers that make any point about records.
	 */
	static double weighed(PhraseMatch match) {
		int words = match.phrase().concepts().size();
		return match.coverage() * Math.min(1.0, (words + 1) / 4.0);
	}

	private static double recall(Set<String> answerConcepts, PreparedCriterion criterion) {
		double best = 0;
		for (List<String> concepts : criterion.statementConcepts()) {
			if (!concepts.isEmpty()) {
				best = Math.max(best,
						concepts.stream().filter(answerConcepts::contains).count() / (double) concepts.size());
			}
		}
		return best;
	}

	private static CriterionOutcome outcome(String id, Verdict verdict, double credit, AnalyzedText answer, int start,
			int end, Signal signal, CriterionSignals signals) {
		return new CriterionOutcome(id, verdict, credit, answer.text().substring(start, end), start, end, signal,
				signals);
	}

	/**
	 * Which answer sentence is closest in meaning to a criterion ({@code any}), which is
	 * closest among those that do not contradict it ({@code affirming}); -1 when there is
	 * none; and whether the closest contradicts.
	 */
	private record ClosestSentences(double[] similarities, int any, int affirming, boolean contradicts) {

		double similarity(int sentence) {
			return (sentence < 0) ? 0 : this.similarities[sentence];
		}

	}

}
