package io.readyroom.scoring.engine.feedback;

import java.util.List;

import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.structure.RedFlagHit;
import io.readyroom.scoring.engine.structure.Specificity;
import io.readyroom.scoring.engine.structure.StarAnalysis;
import io.readyroom.scoring.engine.structure.StepOrder;

/**
 * Everything the scoring found, as the feedback writer needs it; lists are in rubric
 * order. The question's type and rubric structure decide how hints and tips are worded;
 * {@code star} applies only when the question calls for a story.
 */
public record FeedbackInput(QuestionType questionType, RubricStructure structure, List<RubricCriterion> criteria,
		List<CriterionOutcome> outcomes, StarAnalysis star, StepOrder steps, Specificity specificity,
		List<RedFlagHit> redFlags, AnswerFlags flags) {

}
