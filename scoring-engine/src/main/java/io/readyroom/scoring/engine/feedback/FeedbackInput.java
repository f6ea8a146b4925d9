package io.readyroom.scoring.engine.feedback;

import java.util.List;

import io.readyroom.contracts.RubricCriterion;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.structure.RedFlagHit;
import io.readyroom.scoring.engine.structure.Specificity;
import io.readyroom.scoring.engine.structure.StarAnalysis;
import io.readyroom.scoring.engine.structure.StepOrder;

/**
 * Everything the scoring found, as the feedback writer needs it; lists are in rubric
 * order.
 */
public record FeedbackInput(List<RubricCriterion> criteria, List<CriterionOutcome> outcomes, StarAnalysis star,
		StepOrder steps, Specificity specificity, List<RedFlagHit> redFlags, AnswerFlags flags) {

}
