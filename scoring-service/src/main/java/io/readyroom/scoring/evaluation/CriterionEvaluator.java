package io.readyroom.scoring.evaluation;

import java.util.Comparator;
import java.util.List;

import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.Verdict;

/**
 * Decides one criterion from its key phrases: met when some phrase is there in full,
 * partial when at least half of a phrase of two or more words is, missed otherwise. The
 * evidence is the stretch of the answer that matched best.
 */
final class CriterionEvaluator {

	private static final double PARTIAL_COVERAGE = 0.5;

	private CriterionEvaluator() {
	}

	static CriterionResult evaluate(RubricCriterion criterion, String answer, List<Token> tokens) {
		PhraseMatch best = criterion.expressions()
			.stream()
			.map((phrase) -> PhraseMatch.find(Tokenizer.stems(phrase), tokens))
			.max(Comparator.comparingDouble(PhraseMatch::coverage))
			.orElse(PhraseMatch.NONE);
		Verdict verdict = verdictFor(best, criterion);
		if (verdict == Verdict.MISSED) {
			return CriterionResult.missed(criterion.id());
		}
		return new CriterionResult(criterion.id(), verdict, answer.substring(best.start(), best.end()), best.start(),
				best.end());
	}

	private static Verdict verdictFor(PhraseMatch match, RubricCriterion criterion) {
		if (match.coverage() >= 1.0) {
			return Verdict.MET;
		}
		return (match.coverage() >= PARTIAL_COVERAGE && hasMultiWordPhrase(criterion)) ? Verdict.PARTIAL
				: Verdict.MISSED;
	}

	private static boolean hasMultiWordPhrase(RubricCriterion criterion) {
		return criterion.expressions().stream().anyMatch((phrase) -> Tokenizer.stems(phrase).size() > 1);
	}

}
