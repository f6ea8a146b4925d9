package io.readyroom.scoring.preview;

import java.util.List;

import io.readyroom.scoring.engine.ScorableQuestion;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.scoring.rubric.ScorableQuestions;
import io.readyroom.scoring.web.ScoringProblems;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a rubric author see how a text scores and why. Nothing is stored or published. An
 * inline question with only a model answer gets criteria derived from it.
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
	ScoreReport preview(@Valid @RequestBody PreviewRequest request) {
		return this.engine.score(questionOf(request), request.answer());
	}

	private ScorableQuestion questionOf(PreviewRequest request) {
		if (request.isInline()) {
			if (request.question() == null || request.modelAnswer() == null) {
				throw ScoringProblems.noQuestion();
			}
			return ScorableQuestion.inline(request.question(), request.modelAnswer(),
					(request.keyPoints() != null) ? request.keyPoints() : List.of());
		}
		return this.rubrics.findOrLatest(request.questionId(), request.version())
			.map(ScorableQuestions::of)
			.orElseThrow(() -> ScoringProblems.unknownQuestion(request.questionId(), request.version()));
	}

}
