package io.readyroom.scoring.membership;

import io.readyroom.contracts.CohortChanged;
import io.readyroom.contracts.EnrolmentChanged;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the latest state of each cohort and enrolment. An event replaces the stored state
 * only when its revision is at least the stored one, so a redelivered or replayed older
 * event changes nothing and events may arrive in any order. An erased learner's enrolment
 * is forgotten.
 */
@Service
public class MembershipRecords {

	private final MongoTemplate mongo;

	MembershipRecords(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void record(CohortChanged event) {
		String id = event.programId() + "/" + event.cohortId();
		upsert(id, event.revision(),
				new Update().set("programId", event.programId())
					.set("cohortId", event.cohortId())
					.set("coachIds", event.coachIds())
					.set("revision", event.revision()),
				CohortCoaches.class);
	}

	void record(EnrolmentChanged event) {
		String id = event.programId() + "/" + event.learnerId();
		upsert(id, event.revision(),
				new Update().set("programId", event.programId())
					.set("learnerId", event.learnerId())
					.set("cohortId", event.cohortId())
					.set("revision", event.revision()),
				LearnerCohort.class);
	}

	/**
	 * Forgets the learner's enrolment in the program.
	 * @return 1 when it was kept, 0 when it was not (any more)
	 */
	public long forgetLearner(String programId, String learnerId) {
		return this.mongo
			.remove(Query.query(Criteria.where("_id").is(programId + "/" + learnerId)), LearnerCohort.class)
			.getDeletedCount();
	}

	private void upsert(String id, int revision, Update update, Class<?> type) {
		Query notNewer = Query.query(Criteria.where("_id").is(id).and("revision").lte(revision));
		try {
			this.mongo.upsert(notNewer, update, type);
		}
		catch (DuplicateKeyException ex) {
			// the stored state has a higher revision: this event is older and changes
			// nothing
		}
	}

}
