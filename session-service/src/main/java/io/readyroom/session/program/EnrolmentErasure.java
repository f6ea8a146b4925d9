package io.readyroom.session.program;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Removes an erased learner's enrolment and its history: enrolling the same user name
 * later starts a new learner. Erasure removes it after everything else, since it is what
 * tells a repeated request that the learner was on record.
 */
@Component
public class EnrolmentErasure {

	private final MongoTemplate mongo;

	EnrolmentErasure(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return 1 when it removed the enrolment, 0 when there was none
	 */
	public long erase(String programId, String learnerId) {
		return this.mongo
			.remove(Query.query(Criteria.where("_id").is(Enrolment.idOf(programId, learnerId))), Enrolment.class)
			.getDeletedCount();
	}

}
