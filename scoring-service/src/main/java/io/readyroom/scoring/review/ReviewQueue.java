package io.readyroom.scoring.review;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import io.readyroom.scoring.engine.GradedExample;
import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.feedback.FeedbackRecorder;
import io.readyroom.scoring.feedback.ScorerDoubt;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The unreviewed answers a person should look at first: those the scorer was least sure
 * of, and those to questions that have too few graded answers to calibrate the scorer
 * yet, since every review of those makes the scorer better for the whole program.
 */
@Service
class ReviewQueue {

	/** How much a question with no graded answers at all adds to an answer's priority. */
	static final double UNCALIBRATED_WEIGHT = 0.4;

	private static final Comparator<QueuedAnswer> FIRST_TO_REVIEW = Comparator.comparingDouble(QueuedAnswer::priority)
		.reversed()
		.thenComparing(QueuedAnswer::submittedAt, Comparator.reverseOrder());

	private final FeedbackRecorder feedback;

	private final AnswerReviews reviews;

	ReviewQueue(FeedbackRecorder feedback, AnswerReviews reviews) {
		this.feedback = feedback;
		this.reviews = reviews;
	}

	/**
	 * @param cohortId only this cohort's answers, or all the caller reads when null
	 */
	List<QueuedAnswer> of(Caller caller, String programId, @Nullable String cohortId, int limit) {
		if (cohortId != null && !caller.readsCohort(programId, cohortId)) {
			throw ReviewProblems.notYourCohort(cohortId);
		}
		ProgramReviews reviewed = this.reviews.ofProgram(programId);
		try (Stream<AnswerFeedback> answers = this.feedback.streamOfProgram(programId)) {
			return answers.filter((answer) -> !reviewed.isReviewed(answer.answerId()))
				.filter((answer) -> cohortId == null || cohortId.equals(answer.cohortId()))
				.filter((answer) -> caller.readsCohort(answer.programId(), answer.cohortId()))
				.map(queued(reviewed::gradedExamples))
				.sorted(FIRST_TO_REVIEW)
				.limit(limit)
				.toList();
		}
	}

	private static Function<AnswerFeedback, QueuedAnswer> queued(Function<String, Integer> examplesOf) {
		int needed = GradedExample.ENOUGH_PER_QUESTION;
		return (answer) -> {
			int examples = examplesOf.apply(answer.questionId());
			ScorerDoubt doubt = (answer.doubt() != null) ? answer.doubt() : ScorerDoubt.NONE;
			if (examples < needed) {
				doubt = doubt.plus(UNCALIBRATED_WEIGHT * (needed - examples) / needed, "Its question has " + examples
						+ " of the " + needed + " graded answers that calibrate the scorer to your program");
			}
			return QueuedAnswer.of(answer, doubt, examples, needed);
		};
	}

}
