package io.readyroom.analytics.assignment;

import java.util.List;

import io.readyroom.contracts.AssignmentChanged;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps each assignment at the highest revision published. One assignment's events arrive
 * in order on one partition (keyed by program and assignment), so reading the kept one
 * before writing cannot race; a redelivered or older revision changes nothing.
 */
@Service
class Assignments {

	private final MongoTemplate mongo;

	Assignments(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void record(AssignmentChanged event) {
		Assignment kept = this.mongo.findById(event.assignmentId(), Assignment.class);
		if (kept == null || kept.revision() < event.revision()) {
			this.mongo.save(Assignment.of(event));
		}
	}

	/** The cohort's assignments that are not withdrawn, the earliest due first. */
	List<Assignment> openIn(String cohortId) {
		return this.mongo.find(Query.query(Criteria.where("cohortId").is(cohortId).and("withdrawn").is(false))
			.with(Sort.by("dueAt", "_id")), Assignment.class);
	}

}
