package io.readyroom.scoring.preview;

import java.util.List;

import io.readyroom.scoring.engine.ScorableQuestion;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.scoring.rubric.ScorableQuestions;
import io.readyroom.scoring.web.ScoringProblems;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a rubric author or coach see how a text scores and why. Nothing is stored or
 * published. An inline question with only a model answer gets criteria derived from it; a
 * bank question must be shared or their program's own.
 */
@RestController
class PreviewController {

	private final Rubrics rubrics;

	private final ScoringEngine engine;

	PreviewController(Rubrics rubrics, ScoringEngine engine) {
		this.rubrics = rubrics;
		this.engine = engine;
	}

	@PostMapping("/api/scoring/preview")
	ScoreReport preview(@Valid @RequestBody PreviewRequest request, Caller caller) {
		return this.engine.score(questionOf(request, caller).withGradedExamples(request.examples()), request.answer());
	}

	private ScorableQuestion questionOf(PreviewRequest request, Caller caller) {
		if (request.isInline()) {
			if (request.question() == null || request.modelAnswer() == null) {
				throw ScoringProblems.noQuestion();
			}
			return ScorableQuestion.inline(request.question(), request.modelAnswer(),
					(request.keyPoints() != null) ? request.keyPoints() : List.of());
		}
		// another program's question is reported unknown: its existence is that program's
		// business
		return this.rubrics.findOrLatest(request.questionId(), request.version())
			.filter((question) -> question.isAskedTo(caller))
			.map(ScorableQuestions::of)
			.orElseThrow(() -> ScoringProblems.unknownQuestion(request.questionId(), request.version()));
	}

}
