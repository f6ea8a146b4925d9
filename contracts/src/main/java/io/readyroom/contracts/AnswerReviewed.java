package io.readyroom.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A coach's or director's grade of one scored answer: the score that counts for it from
 * now on instead of the machine's, the verdict on each rubric criterion of the version it
 * was scored under, and an optional note to the learner. A later review of the same
 * answer has a higher {@code revision} and supersedes it; the machine's score stays
 * beside it for comparison.
 *
 * @param revision 1 for an answer's first review, one more for each review after it
 * @param machineScore the machine's score the reviewer saw
 * @param note a note to the learner; empty when there is none
 * @param reviewerId who reviewed, the reviewer's user id
 * @param reviewerRole {@code coach}, {@code director} or {@code admin}
 */
public record AnswerReviewed(String eventId, String type, int schemaVersion, Instant occurredAt, String answerId,
		String learnerId, String programId, String cohortId, String questionId, int questionVersion, int revision,
		int machineScore, int score, List<ReviewedCriterion> criteria, String note, String reviewerId,
		String reviewerRole) implements ReadyroomEvent {

	public static final String TYPE = "AnswerReviewed";

	public static final int SCHEMA_VERSION = 1;

	public AnswerReviewed {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(answerId, "answerId");
		EventFields.requireText(learnerId, "learnerId");
		EventFields.requireText(cohortId, "cohortId");
		EventFields.requireText(questionId, "questionId");
		EventFields.requireText(reviewerId, "reviewerId");
		EventFields.requireText(reviewerRole, "reviewerRole");
		if (revision < 1) {
			throw new IllegalArgumentException("revision must be at least 1 but was " + revision);
		}
		ScoreRange.require(machineScore, "machineScore");
		ScoreRange.require(score, "score");
		criteria = List.copyOf(criteria);
		note = (note != null) ? note : "";
	}

	/** A new review, with a new envelope, of what {@code review} says. */
	public static AnswerReviewed of(Review review) {
		return new AnswerReviewed(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), review.answerId(),
				review.learnerId(), review.programId(), review.cohortId(), review.questionId(),
				review.questionVersion(), review.revision(), review.machineScore(), review.score(), review.criteria(),
				review.note(), review.reviewerId(), review.reviewerRole());
	}

	@Override
	public String partitionKey() {
		return this.learnerId;
	}

	/** The reviewer's verdict on one rubric criterion. */
	public record ReviewedCriterion(String criterionId, Verdict verdict) {

		public ReviewedCriterion {
			EventFields.requireText(criterionId, "criterionId");
			Objects.requireNonNull(verdict, "verdict must not be null");
		}

	}

	/** What a review says, apart from the event's envelope. */
	public record Review(String answerId, String learnerId, String programId, String cohortId, String questionId,
			int questionVersion, int revision, int machineScore, int score, List<ReviewedCriterion> criteria,
			String note, String reviewerId, String reviewerRole) {

	}

}
