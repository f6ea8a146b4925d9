package io.readyroom.analytics.assignment;

import java.util.List;

import io.readyroom.analytics.KeptRevisions;
import io.readyroom.contracts.AssignmentChanged;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps each assignment at the highest revision published, with a write conditional on
 * the stored revision ({@link KeptRevisions}); a redelivered or older revision changes
 * nothing, also when two instances handle it at once.
 */
@Service
public class Assignments {

	private final MongoTemplate mongo;

	Assignments(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void record(AssignmentChanged event) {
		KeptRevisions.keep(this.mongo, event.assignmentId(), Assignment.of(event), "revision", event.revision());
	}

	/**
	 * Removes the program's assignments for the learner alone; those for a whole cohort
	 * name no learner and stay.
	 * @return how many assignments were removed
	 */
	public long removeFor(String programId, String learnerId) {
		return this.mongo
			.remove(Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId)),
					Assignment.class)
			.getDeletedCount();
	}

	/** The cohort's assignments that are not withdrawn, the earliest due first. */
	List<Assignment> openIn(String cohortId) {
		return this.mongo.find(Query.query(Criteria.where("cohortId").is(cohortId).and("withdrawn").is(false))
			.with(Sort.by("dueAt", "_id")), Assignment.class);
	}

}
