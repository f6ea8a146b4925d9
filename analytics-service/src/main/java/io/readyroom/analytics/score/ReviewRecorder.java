package io.readyroom.analytics.score;

import java.util.Collection;
import java.util.List;

import io.readyroom.analytics.score.ScoredAnswer.Review;
import io.readyroom.analytics.KeptRevisions;
import io.readyroom.contracts.AnswerReviewed;

import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the highest revision of each answer's review and applies it to the scored answer,
 * in whatever order reviews and scores arrive and however often. The review is kept with
 * a write conditional on the stored revision ({@link KeptRevisions}). The learner's
 * scores arrive on another topic, possibly on another consumer at the same time. So the
 * review is applied to the scored answer with one conditional update that only ever
 * raises its revision, both after a review is kept and after a score is stored: whichever
 * of the two writes comes second sees the other's.
 */
@Service
public class ReviewRecorder {

	private final MongoTemplate mongo;

	ReviewRecorder(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Keeps the review unless a higher revision is already kept, then applies the kept
	 * one to the answer if it is scored. A redelivered review, or an older revision,
	 * changes nothing.
	 */
	public void record(AnswerReviewed event) {
		KeptRevisions.keep(this.mongo, event.answerId(), AnswerReview.of(event), "review.revision", event.revision());
		applyStoredReview(event.answerId());
	}

	/**
	 * Removes the kept reviews of the learner's answers in the program, also those whose
	 * answer was never scored.
	 * @return how many reviews were removed
	 */
	public long removeLearner(String programId, String learnerId) {
		return this.mongo
			.remove(Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId)),
					AnswerReview.class)
			.getDeletedCount();
	}

	/** Applies the answer's kept review, if there is one, after its score was stored. */
	void applyStoredReview(String answerId) {
		AnswerReview kept = this.mongo.findById(answerId, AnswerReview.class);
		if (kept != null) {
			apply(kept);
		}
	}

	/**
	 * Applies the kept reviews of a batch's answers after their scores were stored: one
	 * read and, if any answer was reviewed, one bulk write.
	 */
	void applyStoredReviews(Collection<String> answerIds) {
		List<AnswerReview> kept = this.mongo.find(Query.query(Criteria.where("_id").in(answerIds)), AnswerReview.class);
		if (kept.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, ScoredAnswer.class);
		kept.forEach((review) -> bulk.updateOne(notNewer(review), withReview(review)));
		bulk.execute();
	}

	/**
	 * Sets the review on the scored answer unless it has a higher revision; does nothing
	 * while the answer is not scored.
	 */
	private void apply(AnswerReview kept) {
		this.mongo.updateFirst(notNewer(kept), withReview(kept), ScoredAnswer.class);
	}

	private static Query notNewer(AnswerReview kept) {
		return Query.query(Criteria.where("_id")
			.is(kept.answerId())
			.orOperator(Criteria.where("review").is(null),
					Criteria.where("review.revision").lte(kept.review().revision())));
	}

	private static Update withReview(AnswerReview kept) {
		Review review = kept.review();
		return new Update().set("review", review);
	}

}
