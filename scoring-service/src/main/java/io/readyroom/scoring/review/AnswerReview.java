package io.readyroom.scoring.review;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.AnswerReviewed;
import io.readyroom.contracts.Verdict;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The newest review of one answer: who reviewed it and when, the score and verdicts they
 * gave beside the machine's, and their note to the learner. The answer text is kept with
 * it because a reviewed answer is a graded example for its question in its program; once
 * the program's retention period has removed the text ({@code answerText} null), the
 * review still counts for the answer but is no graded example any more.
 */
@Document("answer_reviews")
public record AnswerReview(@Id String answerId, @Indexed String questionId, int questionVersion,
		@Nullable String programId, String cohortId, String learnerId, @Nullable String answerText, int revision,
		int machineScore, int score, List<ReviewedVerdict> criteria, String note, String reviewerId,
		String reviewerRole, Instant reviewedAt) {

	public AnswerReview {
		criteria = List.copyOf(criteria);
	}

	/** Whether the answer can still grade others: its text is kept. */
	boolean isGradedExample() {
		return this.answerText != null;
	}

	AnswerReviewed toEvent() {
		return AnswerReviewed.of(new AnswerReviewed.Review(this.answerId, this.learnerId, this.programId, this.cohortId,
				this.questionId, this.questionVersion, this.revision, this.machineScore, this.score,
				this.criteria.stream()
					.map((criterion) -> new AnswerReviewed.ReviewedCriterion(criterion.criterionId(),
							criterion.verdict()))
					.toList(),
				this.note, this.reviewerId, this.reviewerRole));
	}

	/** The reviewer's verdict on one key point, beside the machine's. */
	public record ReviewedVerdict(String criterionId, Verdict verdict, Verdict machineVerdict) {

	}

}
