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
 * nothing and the two listeners, each writing its own list, never overwrite each other.
 */
@Component
class LearnerLedgers {

	static final String ANSWERS = "answerIds";

	static final String SESSIONS = "sessionIds";

	private final MongoTemplate mongo;

	LearnerLedgers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Adds the answer and returns the ids of all the learner's stored answers. */
	List<String> withAnswer(String learnerId, String answerId) {
		return add(learnerId, ANSWERS, answerId).answerIds();
	}

	/** Adds the session and returns the ids of all the learner's sessions. */
	List<String> withSession(String learnerId, String sessionId) {
		return add(learnerId, SESSIONS, sessionId).sessionIds();
	}

	private LearnerLedger add(String learnerId, String list, String id) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(learnerId)),
				new Update().addToSet(list, id), FindAndModifyOptions.options().upsert(true).returnNew(true),
				LearnerLedger.class);
	}

}
