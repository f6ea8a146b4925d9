package io.readyroom.analytics.profile;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.readyroom.analytics.profile.ScoreFold.PendingFold;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Marks answers with what a fold made the totals count them for, then takes the fold's
 * pending list off the profile, each in one bulk write for a whole batch. A mark only
 * ever replaces one of an earlier fold, so a late mark (an instance that lost the
 * learner's partition finishing its work) cannot undo a later fold's; a pending list is
 * taken off only while it is still the one marked.
 */
@Component
class FoldMarks {

	private static final String COUNTED = "counted";

	private final MongoTemplate mongo;

	FoldMarks(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Marks the answers of each learner's pending fold, then clears the pending folds.
	 */
	void complete(Map<String, PendingFold> pendingByLearner) {
		if (pendingByLearner.isEmpty()) {
			return;
		}
		mark(pendingByLearner.values());
		BulkOperations clear = this.mongo.bulkOps(BulkMode.UNORDERED, ProfileScores.class);
		pendingByLearner.forEach((learnerId, pending) -> clear.updateOne(
				Query.query(Criteria.where("_id").is(learnerId).and("scoreFold.pending.seq").is(pending.seq())),
				new Update().unset("scoreFold.pending")));
		clear.execute();
	}

	/** Marks the answers of the given folds; leaves the folds pending. */
	void mark(Collection<PendingFold> folds) {
		List<PendingFold> withAnswers = folds.stream().filter((fold) -> !fold.answers().isEmpty()).toList();
		if (withAnswers.isEmpty()) {
			return;
		}
		BulkOperations marks = this.mongo.bulkOps(BulkMode.UNORDERED, CountedScore.class);
		for (PendingFold fold : withAnswers) {
			fold.answers()
				.forEach((answer) -> marks.updateOne(markedBefore(answer.answerId(), fold.seq()),
						new Update().set(COUNTED, new CountedScore.Counted(fold.seq(), answer.contribution()))));
		}
		marks.execute();
	}

	private static Query markedBefore(String answerId, long fold) {
		return Query.query(Criteria.where("_id")
			.is(answerId)
			.orOperator(Criteria.where(COUNTED).is(null), Criteria.where(COUNTED + ".fold").lt(fold)));
	}

}
