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
class Assignments {

	private final MongoTemplate mongo;

	Assignments(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void record(AssignmentChanged event) {
		KeptRevisions.keep(this.mongo, event.assignmentId(), Assignment.of(event), "revision", event.revision());
	}

	/** The cohort's assignments that are not withdrawn, the earliest due first. */
	List<Assignment> openIn(String cohortId) {
		return this.mongo.find(Query.query(Criteria.where("cohortId").is(cohortId).and("withdrawn").is(false))
			.with(Sort.by("dueAt", "_id")), Assignment.class);
	}

}
