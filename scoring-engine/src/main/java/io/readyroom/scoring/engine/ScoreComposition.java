package io.readyroom.scoring.engine;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.RubricCriterion;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.structure.RedFlagHit;
import io.readyroom.scoring.engine.structure.Specificity;
import io.readyroom.scoring.engine.structure.StarAnalysis;
import io.readyroom.scoring.engine.structure.StepOrder;

/**
 * Turns findings into a 0–100 score. Key points carry most of it (weighted by criterion
 * weight, partial counts half), the rubric's structure (STAR or step order) and
 * specificity the rest; then caps apply, lowest wins, each with the reason a learner will
 * read.
 */
final class ScoreComposition {

	static final double KEY_POINTS = 0.75;

	static final double STRUCTURE = 0.15;

	static final double SPECIFICITY = 0.10;

	static final int RED_FLAG_CAP = 40;

	static final int TOO_SHORT_CAP = 40;

	static final int KEYWORD_STUFFING_CAP = 20;

	static final int OFF_TOPIC_CAP = 10;

	record Composed(int score, List<String> capReasons) {

	}

	Composed compose(List<RubricCriterion> criteria, List<CriterionOutcome> outcomes, StarAnalysis star,
			StepOrder steps, Specificity specificity, List<RedFlagHit> redFlags, AnswerFlags flags) {
		double keyPoints = keyPointCoverage(criteria, outcomes);
		double raw;
		if (star.applies()) {
			raw = KEY_POINTS * keyPoints + STRUCTURE * star.completeness() + SPECIFICITY * specificity.level();
		}
		else if (steps.applies()) {
			raw = KEY_POINTS * keyPoints + STRUCTURE * steps.quality() + SPECIFICITY * specificity.level();
		}
		else {
			raw = (KEY_POINTS + STRUCTURE) * keyPoints + SPECIFICITY * specificity.level();
		}
		int score = (int) Math.round(100 * raw);
		List<String> reasons = new ArrayList<>();
		for (RedFlagHit hit : redFlags) {
			reasons.add(
					"Capped at " + RED_FLAG_CAP + " by a red flag: " + hit.reason() + " (\"" + hit.evidence() + "\").");
			score = Math.min(score, RED_FLAG_CAP);
		}
		if (flags.tooShort()) {
			reasons.add("Capped at " + TOO_SHORT_CAP + ": the answer is too short to cover the question.");
			score = Math.min(score, TOO_SHORT_CAP);
		}
		if (flags.keywordStuffing()) {
			reasons.add("Capped at " + KEYWORD_STUFFING_CAP
					+ ": a list of terms without sentences does not show how you would apply them.");
			score = Math.min(score, KEYWORD_STUFFING_CAP);
		}
		if (flags.offTopic()) {
			reasons.add("Capped at " + OFF_TOPIC_CAP + ": the answer does not address the question.");
			score = Math.min(score, OFF_TOPIC_CAP);
		}
		return new Composed(score, reasons);
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
