package io.readyroom.scoring.evaluation;

import java.util.List;

import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.Verdict;

import org.springframework.stereotype.Component;

/**
 * Scores an answer as the weighted share of key points it covers (met counts in full,
 * partial half). Deterministic: the same answer and rubric always give the same
 * evaluation.
 */
@Component
public class RubricEvaluator {

	/** Recorded with every score so a change of method is visible downstream. */
	public static final String VERSION = "key-phrase-coverage/1";

	public Evaluation evaluate(String answer, List<RubricCriterion> criteria, List<CompetencyWeight> competencies) {
		List<Token> tokens = Tokenizer.tokens(answer);
		List<CriterionResult> results = criteria.stream()
			.map((criterion) -> CriterionEvaluator.evaluate(criterion, answer, tokens))
			.toList();
		int score = score(criteria, results);
		List<CompetencyScore> perCompetency = competencies.stream()
			.map((competency) -> new CompetencyScore(competency.competency(), score))
			.toList();
		return new Evaluation(score, perCompetency, results);
	}

	private static int score(List<RubricCriterion> criteria, List<CriterionResult> results) {
		double total = 0;
		double earned = 0;
		for (int i = 0; i < criteria.size(); i++) {
			double weight = criteria.get(i).weight();
			total += weight;
			earned += weight * credit(results.get(i).verdict());
		}
		return (int) Math.round(100 * earned / total);
	}

	private static double credit(Verdict verdict) {
		return switch (verdict) {
			case MET -> 1.0;
			case PARTIAL -> 0.5;
			case MISSED -> 0.0;
		};
	}

}
