package io.readyroom.analytics.profile;

import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Adds ids to a learner's ledger with {@code $addToSet}, so a redelivered event adds
 * nothing and the listeners, each writing its own list, never overwrite each other. Every
 * change to one of the learner's answers is counted with {@code $inc} after it is stored,
 * in the same update that adds a new answer's id; every change to one of their sessions
 * likewise.
 */
@Component
class LearnerLedgers {

	static final String ANSWERS = "answerIds";

	static final String SESSIONS = "sessionIds";

	static final String ANSWER_CHANGES = "answerChanges";

	static final String SESSION_CHANGES = "sessionChanges";

	private final MongoTemplate mongo;

	LearnerLedgers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Adds the answer, counts the change and returns the ledger. */
	LearnerLedger withAnswer(String learnerId, String answerId) {
		return this.mongo.findAndModify(byId(learnerId),
				new Update().addToSet(ANSWERS, answerId).inc(ANSWER_CHANGES, 1),
				FindAndModifyOptions.options().upsert(true).returnNew(true), LearnerLedger.class);
	}

	/**
	 * Counts a change to one of the learner's stored answers, e.g. a review of it.
	 * @return the ledger; empty when it does not list the answer, which then is not
	 * stored yet
	 */
	Optional<LearnerLedger> withChangedAnswer(String learnerId, String answerId) {
		Query listingIt = Query.query(Criteria.where("_id").is(learnerId).and(ANSWERS).is(answerId));
		return Optional.ofNullable(this.mongo.findAndModify(listingIt, new Update().inc(ANSWER_CHANGES, 1),
				FindAndModifyOptions.options().returnNew(true), LearnerLedger.class));
	}

	/** Adds the session, counts the change and returns the ledger. */
	LearnerLedger withSession(String learnerId, String sessionId) {
		return this.mongo.findAndModify(byId(learnerId),
				new Update().addToSet(SESSIONS, sessionId).inc(SESSION_CHANGES, 1),
				FindAndModifyOptions.options().upsert(true).returnNew(true), LearnerLedger.class);
	}

	LearnerLedger find(String learnerId) {
		return this.mongo.findById(learnerId, LearnerLedger.class);
	}

	private static Query byId(String learnerId) {
		return Query.query(Criteria.where("_id").is(learnerId));
	}

}
