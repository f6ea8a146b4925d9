package io.readyroom.session.practice;

import io.readyroom.session.learnerdata.LearnerDataStore;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Removes an erased learner's practice sessions. */
@Component
class PracticeSessionErasure implements LearnerDataStore {

	private final MongoTemplate mongo;

	PracticeSessionErasure(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public long erase(String programId, String learnerId) {
		return this.mongo.remove(theirs(programId, learnerId), PracticeSession.class).getDeletedCount();
	}

	@Override
	public boolean holds(String programId, String learnerId) {
		return this.mongo.exists(theirs(programId, learnerId), PracticeSession.class);
	}

	private static Query theirs(String programId, String learnerId) {
		return Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId));
	}

}
