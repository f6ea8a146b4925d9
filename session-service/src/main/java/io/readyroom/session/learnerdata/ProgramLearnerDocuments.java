package io.readyroom.session.learnerdata;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A store whose documents name their program and learner, each of one learner: erasing
 * the learner removes theirs.
 */
public abstract class ProgramLearnerDocuments implements LearnerDataStore {

	private final MongoTemplate mongo;

	private final Class<?> documents;

	protected ProgramLearnerDocuments(MongoTemplate mongo, Class<?> documents) {
		this.mongo = mongo;
		this.documents = documents;
	}

	@Override
	public long erase(String programId, String learnerId) {
		return this.mongo.remove(theirs(programId, learnerId), this.documents).getDeletedCount();
	}

	@Override
	public boolean holds(String programId, String learnerId) {
		return this.mongo.exists(theirs(programId, learnerId), this.documents);
	}

	protected static Query theirs(String programId, String learnerId) {
		return Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId));
	}

}
