package io.readyroom.scoring.review;

import java.util.List;
import java.util.Objects;

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

	/** The reviews that are graded examples; the others are left out. */
	static ReviewedExamples of(List<AnswerReview> reviews) {
		List<AnswerReview> graded = reviews.stream().filter(AnswerReview::isGradedExample).toList();
		return new ReviewedExamples(graded.stream()
			.map((review) -> new GradedExample(Objects.requireNonNull(review.answerText()), review.score()))
			.toList(), graded.stream().map(AnswerReview::answerId).toList());
	}

}
