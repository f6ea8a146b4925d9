package io.readyroom.scoring.rescore;

import io.readyroom.scoring.answer.AnswerScoring;
import io.readyroom.scoring.rubric.RubricVersion;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.scoring.web.ScoringProblems;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replays the stored answers to a question under a rubric version; the new scores are
 * published and supersede the old ones in analytics (the newest rubric version's score
 * per answer counts). A director re-scores their program's questions; shared-bank
 * questions, answered in every program, only an admin.
 */
@RestController
class RescoreController {

	private final Rubrics rubrics;

	private final AnswerScoring scoring;

	RescoreController(Rubrics rubrics, AnswerScoring scoring) {
		this.rubrics = rubrics;
		this.scoring = scoring;
	}

	@PostMapping("/api/scoring/rescore")
	RescoreResult rescore(@Valid @RequestBody RescoreRequest request, Caller caller) {
		RubricVersion question = this.rubrics.findOrLatest(request.questionId(), request.version())
			.filter((candidate) -> candidate.isAskedTo(caller))
			.orElseThrow(() -> ScoringProblems.unknownQuestion(request.questionId(), request.version()));
		if (!caller.managesProgram(question.programId())) {
			throw ScoringProblems.rescoreRefused(question.questionId());
		}
		return new RescoreResult(question.questionId(), question.version(), this.scoring.rescore(question));
	}

}
