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
 * answer-quality flags, why faults lowered the score, feedback, and, when the question
 * has enough graded examples, how they shaped the score (else null). Records the question
 * version and scorer version it was computed under.
 */
public record ScoreReport(String questionId, int questionVersion, String scorerVersion, int score,
		List<CompetencyScore> competencyScores, List<CriterionOutcome> criteria, StarAnalysis star, StepOrder steps,
		Specificity specificity, List<RedFlagHit> redFlags, AnswerFlags flags, List<String> capReasons,
		Feedback feedback, GradedExamplesUsed gradedExamples) {

	public ScoreReport {
		competencyScores = List.copyOf(competencyScores);
		criteria = List.copyOf(criteria);
		redFlags = List.copyOf(redFlags);
		capReasons = List.copyOf(capReasons);
	}

	/** The same report with the score graded examples led to, and how they did. */
	ScoreReport leaningOn(int leanedScore, GradedExamplesUsed used) {
		return new ScoreReport(this.questionId, this.questionVersion, this.scorerVersion, leanedScore,
				this.competencyScores, this.criteria, this.star, this.steps, this.specificity, this.redFlags,
				this.flags, this.capReasons, this.feedback, used);
	}

	/** The per-criterion results in the contracts' shape, for {@code AnswerScored}. */
	public List<CriterionResult> criterionResults() {
		return this.criteria.stream().map(CriterionOutcome::toResult).toList();
	}

}
