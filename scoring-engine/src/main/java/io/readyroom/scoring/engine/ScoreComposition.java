package io.readyroom.scoring.engine;

import java.util.List;

import io.readyroom.contracts.RubricCriterion;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.structure.Specificity;
import io.readyroom.scoring.engine.structure.StarAnalysis;
import io.readyroom.scoring.engine.structure.StepOrder;

/**
 * Turns findings into a 0–100 score. Key points carry most of it (each criterion's
 * credit, weighted by criterion weight), the rubric's structure (STAR or step order) and
 * specificity the rest; then the answer's faults lower it by their {@link Penalty}.
 */
final class ScoreComposition {

	static final double KEY_POINTS = 0.75;

	static final double STRUCTURE = 0.15;

	static final double SPECIFICITY = 0.10;

	/**
	 * @param raw the score before the answer's faults lowered it, 0 to 1
	 */
	record Composed(int score, double raw, List<String> reasons) {

	}

	Composed compose(List<RubricCriterion> criteria, List<CriterionOutcome> outcomes, StarAnalysis star,
			StepOrder steps, Specificity specificity, Penalty penalty) {
		double raw = raw(criteria, outcomes, star, steps, specificity);
		return new Composed((int) Math.round(100 * raw * penalty.factor()), raw, penalty.reasons());
	}

	static double raw(List<RubricCriterion> criteria, List<CriterionOutcome> outcomes, StarAnalysis star,
			StepOrder steps, Specificity specificity) {
		double keyPoints = keyPointCoverage(criteria, outcomes);
		if (star.applies()) {
			return KEY_POINTS * keyPoints + STRUCTURE * star.completeness() + SPECIFICITY * specificity.level();
		}
		if (steps.applies()) {
			return KEY_POINTS * keyPoints + STRUCTURE * steps.quality() + SPECIFICITY * specificity.level();
		}
		return (KEY_POINTS + STRUCTURE) * keyPoints + SPECIFICITY * specificity.level();
	}

	static double keyPointCoverage(List<RubricCriterion> criteria, List<CriterionOutcome> outcomes) {
		double earned = 0;
		double total = 0;
		for (int i = 0; i < criteria.size(); i++) {
			total += criteria.get(i).weight();
			earned += criteria.get(i).weight() * outcomes.get(i).credit();
		}
		return (total == 0) ? 0 : earned / total;
	}

}
