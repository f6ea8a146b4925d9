package io.readyroom.scoring.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a program's reviews say about its answers: which are reviewed, and how many graded
 * answers each question has (reviews whose answer text has expired are reviewed, but no
 * graded answers).
 */
record ProgramReviews(Set<String> answerIds, Map<String, Long> perQuestion) {

	static ProgramReviews of(List<AnswerReview> reviews) {
		return new ProgramReviews(reviews.stream().map(AnswerReview::answerId).collect(Collectors.toSet()),
				reviews.stream()
					.filter(AnswerReview::isGradedExample)
					.collect(Collectors.groupingBy(AnswerReview::questionId, Collectors.counting())));
	}

	boolean isReviewed(String answerId) {
		return this.answerIds.contains(answerId);
	}

	int gradedExamples(String questionId) {
		return this.perQuestion.getOrDefault(questionId, 0L).intValue();
	}

}
