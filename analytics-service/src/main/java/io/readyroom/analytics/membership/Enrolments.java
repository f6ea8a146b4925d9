package io.readyroom.analytics.membership;

import java.util.List;
import java.util.Optional;

import io.readyroom.analytics.KeptRevisions;
import io.readyroom.contracts.EnrolmentChanged;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps each learner's enrolment at the highest revision the program published, with a
 * write conditional on the stored revision ({@link KeptRevisions}); a redelivered or
 * older revision changes nothing, also when two instances handle it at once.
 */
@Service
public class Enrolments {

	private final MongoTemplate mongo;

	Enrolments(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return whether the event was newer than what was kept
	 */
	public boolean record(EnrolmentChanged event) {
		return KeptRevisions.keep(this.mongo, event.learnerId(), Enrolment.of(event), "revision", event.revision());
	}

	/**
	 * Removes the learner's enrolment in the program, whether they are enrolled or were
	 * removed.
	 * @return how many enrolments were removed: 0 or 1
	 */
	public long remove(String programId, String learnerId) {
		return this.mongo
			.remove(Query.query(Criteria.where("_id").is(learnerId).and("programId").is(programId)), Enrolment.class)
			.getDeletedCount();
	}

	/** The learner's enrolment; empty when the program has published none. */
	public Optional<Enrolment> of(String learnerId) {
		return Optional.ofNullable(this.mongo.findById(learnerId, Enrolment.class));
	}

	/** The ids of the learners enrolled in the cohort. */
	public List<String> learnersOf(String cohortId) {
		return this.mongo.findDistinct(Query.query(Criteria.where("cohortId").is(cohortId)), "_id", Enrolment.class,
				String.class);
	}

}
