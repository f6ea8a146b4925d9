package io.readyroom.session.assignment;

import io.readyroom.session.learnerdata.LearnerDataStore;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Removes the assignments set for an erased learner alone; a cohort's assignments name no
 * learner and stay.
 */
@Component
class AssignmentErasure implements LearnerDataStore {

	private final MongoTemplate mongo;

	AssignmentErasure(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public long erase(String programId, String learnerId) {
		return this.mongo.remove(theirs(programId, learnerId), Assignment.class).getDeletedCount();
	}

	@Override
	public boolean holds(String programId, String learnerId) {
		return this.mongo.exists(theirs(programId, learnerId), Assignment.class);
	}

	private static Query theirs(String programId, String learnerId) {
		return Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId));
	}

}
