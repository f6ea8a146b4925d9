package io.readyroom.scoring.review;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.contracts.AnswerSubmitted;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Each program's reviewed answers to a question, as the graded examples its answers are
 * scored with: a program calibrates the scorer to its own standard, also on shared-bank
 * questions, and never to another program's.
 */
@Service
public class GradedExamples {

	private final AnswerReviews reviews;

	GradedExamples(AnswerReviews reviews) {
		this.reviews = reviews;
	}

	/**
	 * The examples to score an answer with: the program's reviewed answers to the
	 * question, in a stable order, except the answer itself, which must not grade itself.
	 */
	public ReviewedExamples forAnswer(String questionId, @Nullable String programId, String answerId) {
		return examplesFor(answerId, reviewsOf(questionId, programId));
	}

	/**
	 * {@link #forAnswer} for each of a batch of answers, in order; each program's reviews
	 * of each question are read once for the batch.
	 */
	public List<ReviewedExamples> forAnswers(List<AnswerSubmitted> answers) {
		Map<ProgramQuestion, List<AnswerReview>> reviews = new HashMap<>();
		return answers.stream()
			.map((answer) -> examplesFor(answer.answerId(),
					reviews.computeIfAbsent(new ProgramQuestion(answer.questionId(), answer.programId()),
							(key) -> reviewsOf(key.questionId(), key.programId()))))
			.toList();
	}

	private static ReviewedExamples examplesFor(String answerId, List<AnswerReview> reviews) {
		return ReviewedExamples.of(reviews.stream().filter((review) -> !review.answerId().equals(answerId)).toList());
	}

	/** The ids of the program's reviewed answers to the question. */
	public Set<String> reviewedAnswerIds(String questionId, @Nullable String programId) {
		return reviewsOf(questionId, programId).stream().map(AnswerReview::answerId).collect(Collectors.toSet());
	}

	private List<AnswerReview> reviewsOf(String questionId, @Nullable String programId) {
		return this.reviews.ofQuestion(questionId, programId)
			.stream()
			.sorted(Comparator.comparing(AnswerReview::answerId))
			.toList();
	}

	private record ProgramQuestion(String questionId, @Nullable String programId) {

	}

}
