package io.readyroom.scoring.review;

import java.util.List;

import io.readyroom.scoring.engine.GradedExample;

/**
 * A question's reviewed answers in one program as graded examples, and the id of the
 * answer each came from (same positions), so an explanation can cite them.
 */
public record ReviewedExamples(List<GradedExample> examples, List<String> answerIds) {

	public ReviewedExamples {
		examples = List.copyOf(examples);
		answerIds = List.copyOf(answerIds);
	}

	static ReviewedExamples of(List<AnswerReview> reviews) {
		return new ReviewedExamples(
				reviews.stream().map((review) -> new GradedExample(review.answerText(), review.score())).toList(),
				reviews.stream().map(AnswerReview::answerId).toList());
	}

}
