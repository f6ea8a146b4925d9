package io.readyroom.scoring.engine.batch;

import java.util.List;

import io.readyroom.contracts.CompetencyScore;
import io.readyroom.scoring.engine.GradedExamplesUsed;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.feedback.Feedback;
import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.structure.RedFlagHit;

/** One output line for a scored answer. */
record BatchResult(String id, int score, List<CompetencyScore> competencyScores, String questionId, int questionVersion,
		String scorerVersion, List<CriterionOutcome> criteria, List<RedFlagHit> redFlags, AnswerFlags flags,
		List<String> capReasons, Feedback feedback, GradedExamplesUsed gradedExamples) {

	static BatchResult of(String id, ScoreReport report) {
		return new BatchResult(id, report.score(), report.competencyScores(), report.questionId(),
				report.questionVersion(), report.scorerVersion(), report.criteria(), report.redFlags(), report.flags(),
				report.capReasons(), report.feedback(), report.gradedExamples());
	}

}
