package io.readyroom.scoring.engine;

import java.util.List;

import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.feedback.Feedback;
import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.structure.RedFlagHit;
import io.readyroom.scoring.engine.structure.Specificity;
import io.readyroom.scoring.engine.structure.StarAnalysis;
import io.readyroom.scoring.engine.structure.StepOrder;

/**
 * An answer's explained score: 0 to 100 overall and per competency, the verdict and
 * evidence per criterion (in rubric order), structure, specificity, red flags,
 * answer-quality flags, the caps that limited the score and why, and feedback. Records
 * the question version and scorer version it was computed under.
 */
public record ScoreReport(String questionId, int questionVersion, String scorerVersion, int score,
		List<CompetencyScore> competencyScores, List<CriterionOutcome> criteria, StarAnalysis star, StepOrder steps,
		Specificity specificity, List<RedFlagHit> redFlags, AnswerFlags flags, List<String> capReasons,
		Feedback feedback) {

	public ScoreReport {
		competencyScores = List.copyOf(competencyScores);
		criteria = List.copyOf(criteria);
		redFlags = List.copyOf(redFlags);
		capReasons = List.copyOf(capReasons);
	}

	/** The per-criterion results in the contracts' shape, for {@code AnswerScored}. */
	public List<CriterionResult> criterionResults() {
		return this.criteria.stream().map(CriterionOutcome::toResult).toList();
	}

}
