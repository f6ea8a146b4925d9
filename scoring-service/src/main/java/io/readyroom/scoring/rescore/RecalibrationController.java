package io.readyroom.scoring.rescore;

import io.readyroom.scoring.answer.AnswerScoring;
import io.readyroom.scoring.rubric.RubricVersion;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.scoring.web.ProgramScope;
import io.readyroom.scoring.web.ScoringProblems;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-scores a program's unreviewed answers to a question with the program's graded
 * answers as they are now, through the same replay as a rubric change, so dashboards
 * follow. Only the program's own answers are touched, so a director does this for
 * shared-bank questions too.
 */
@RestController
class RecalibrationController {

	private final Rubrics rubrics;

	private final AnswerScoring scoring;

	RecalibrationController(Rubrics rubrics, AnswerScoring scoring) {
		this.rubrics = rubrics;
		this.scoring = scoring;
	}

	@PostMapping("/api/scoring/questions/{questionId}/rescore-unreviewed")
	RecalibrationResult rescoreUnreviewed(@PathVariable String questionId,
			@RequestParam(required = false) @Nullable String programId, Caller caller) {
		String program = ProgramScope.of(caller, programId);
		RubricVersion question = this.rubrics.latest(questionId)
			.filter((candidate) -> candidate.programId() == null || candidate.programId().equals(program))
			.orElseThrow(() -> ScoringProblems.unknownQuestion(questionId, null));
		if (!caller.managesProgram(program)) {
			throw ScoringProblems.recalibrationRefused(questionId);
		}
		return new RecalibrationResult(question.questionId(), program,
				this.scoring.rescoreUnreviewed(question.questionId(), program));
	}

	/** How many of the program's unreviewed answers to the question were re-scored. */
	record RecalibrationResult(String questionId, String programId, int rescored) {

	}

}
