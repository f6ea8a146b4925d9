package io.readyroom.analytics.profile;

import java.util.List;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Adds ids to a learner's ledger with {@code $addToSet}, so a redelivered event adds
 * nothing. Every change to one of the learner's sessions is counted with {@code $inc}
 * after it is stored, in the same update that adds a new session's id. Answers are no
 * longer added: their scores are folded into running totals ({@link ScoreFolds}); the
 * answer ids that ledgers list from before are read once, by the first fold of a profile
 * written before running totals existed.
 */
@Component
class LearnerLedgers {

	static final String ANSWERS = "answerIds";

	static final String SESSIONS = "sessionIds";

	static final String SESSION_CHANGES = "sessionChanges";

	private final MongoTemplate mongo;

	LearnerLedgers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The answers the learner's ledger lists: those stored before running totals existed,
	 * and none stored since.
	 */
	List<String> answerIdsOf(String learnerId) {
		LearnerLedger ledger = find(learnerId);
		return (ledger != null) ? ledger.answerIds() : List.of();
	}

	/** Adds the session, counts the change and returns the ledger. */
	LearnerLedger withSession(String learnerId, String sessionId) {
		return this.mongo.findAndModify(byId(learnerId),
				new Update().addToSet(SESSIONS, sessionId).inc(SESSION_CHANGES, 1),
				FindAndModifyOptions.options().upsert(true).returnNew(true), LearnerLedger.class);
	}

	/**
	 * Removes the learner's ledger.
	 * @return how many ledgers were removed: 0 or 1
	 */
	long remove(String learnerId) {
		return this.mongo.remove(byId(learnerId), LearnerLedger.class).getDeletedCount();
	}

	LearnerLedger find(String learnerId) {
		return this.mongo.findById(learnerId, LearnerLedger.class);
	}

	private static Query byId(String learnerId) {
		return Query.query(Criteria.where("_id").is(learnerId));
	}

}
