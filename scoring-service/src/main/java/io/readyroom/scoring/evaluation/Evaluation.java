package io.readyroom.scoring.evaluation;

import java.util.List;

import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CriterionResult;

/**
 * An answer's score from 0 to 100, per competency, and the verdict on every criterion.
 */
public record Evaluation(int score, List<CompetencyScore> competencyScores, List<CriterionResult> criteria) {

}
