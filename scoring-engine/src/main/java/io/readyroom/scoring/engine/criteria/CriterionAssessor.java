package io.readyroom.scoring.engine.criteria;

import java.util.List;

import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.engine.meaning.ReferenceEmbeddings;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;

/**
 * Decides each criterion from both signals and keeps the stronger verdict; on a tie the
 * wording decides, because an exact phrase is the easier evidence for a learner to see.
 */
public final class CriterionAssessor {

	private static final double PARTIAL_COVERAGE = 0.5;

	/** One shared word is a coincidence, not half a key point. */
	private static final int PARTIAL_MIN_WORDS = 2;

	private final PhraseMatcher matcher;

	private final MeaningThresholds thresholds;

	public CriterionAssessor(PhraseMatcher matcher, MeaningThresholds thresholds) {
		this.matcher = matcher;
		this.thresholds = thresholds;
	}

	/**
	 * @param sentenceVectors one embedding per sentence of {@code answer}, in order
	 * @param references the embedded references, indexed like {@code criteria}
	 */
	public List<CriterionOutcome> assess(AnalyzedText answer, List<float[]> sentenceVectors,
			List<PreparedCriterion> criteria, ReferenceEmbeddings references) {
		return java.util.stream.IntStream.range(0, criteria.size())
			.mapToObj((i) -> assess(answer, sentenceVectors, criteria.get(i), i, references))
			.toList();
	}

	private CriterionOutcome assess(AnalyzedText answer, List<float[]> sentenceVectors, PreparedCriterion criterion,
			int index, ReferenceEmbeddings references) {
		PhraseMatch wording = bestWording(answer, criterion);
		Verdict byWording = wordingVerdict(wording);
		int bestSentence = -1;
		double meaning = 0;
		for (int s = 0; s < sentenceVectors.size(); s++) {
			double similarity = references.bestSimilarity(index, sentenceVectors.get(s));
			if (similarity > meaning) {
				meaning = similarity;
				bestSentence = s;
			}
		}
		Verdict byMeaning = meaningVerdict(meaning);
		if (bestSentence >= 0) {
			int reference = references.bestReference(index, sentenceVectors.get(bestSentence));
			if (NegationAgreement.disagree(answer.tokensOf(answer.sentences().get(bestSentence)),
					criterion.references().get(reference).tokens())) {
				byMeaning = Verdict.MISSED;
			}
		}
		String id = criterion.criterion().id();
		if (byWording != Verdict.MISSED && rank(byWording) >= rank(byMeaning)) {
			return outcome(id, byWording, answer, wording.start(), wording.end(), Signal.WORDING, wording, meaning);
		}
		if (byMeaning != Verdict.MISSED) {
			Sentence sentence = answer.sentences().get(bestSentence);
			return outcome(id, byMeaning, answer, sentence.start(), sentence.end(), Signal.MEANING, wording, meaning);
		}
		return new CriterionOutcome(id, Verdict.MISSED, "", -1, -1, Signal.NONE, wording.coverage(), meaning);
	}

	private PhraseMatch bestWording(AnalyzedText answer, PreparedCriterion criterion) {
		PhraseMatch best = null;
		for (Phrase phrase : criterion.phrases()) {
			PhraseMatch match = this.matcher.bestMatch(answer, phrase);
			if (best == null || match.betterThan(best)) {
				best = match;
			}
		}
		return best;
	}

	private static Verdict wordingVerdict(PhraseMatch match) {
		if (match.isComplete()) {
			return Verdict.MET;
		}
		if (match.coverage() >= PARTIAL_COVERAGE && match.matched() >= PARTIAL_MIN_WORDS) {
			return Verdict.PARTIAL;
		}
		return Verdict.MISSED;
	}

	private Verdict meaningVerdict(double similarity) {
		if (similarity >= this.thresholds.met()) {
			return Verdict.MET;
		}
		return (similarity >= this.thresholds.partial()) ? Verdict.PARTIAL : Verdict.MISSED;
	}

	private static int rank(Verdict verdict) {
		return switch (verdict) {
			case MET -> 2;
			case PARTIAL -> 1;
			case MISSED -> 0;
		};
	}

	private static CriterionOutcome outcome(String id, Verdict verdict, AnalyzedText answer, int start, int end,
			Signal signal, PhraseMatch wording, double meaning) {
		return new CriterionOutcome(id, verdict, answer.text().substring(start, end), start, end, signal,
				wording.coverage(), meaning);
	}

}
