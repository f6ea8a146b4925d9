package io.readyroom.analytics.membership;

import java.util.List;
import java.util.Optional;

import io.readyroom.contracts.CohortChanged;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps each cohort at the highest revision the program published. One cohort's events
 * arrive in order on one partition (they are keyed by program and cohort), so reading the
 * kept one before writing cannot race; a redelivered or older revision changes nothing.
 */
@Service
public class ProgramCohorts {

	private final MongoTemplate mongo;

	ProgramCohorts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return whether the event was newer than what was kept
	 */
	public boolean record(CohortChanged event) {
		ProgramCohort kept = this.mongo.findById(event.cohortId(), ProgramCohort.class);
		if (kept != null && kept.revision() >= event.revision()) {
			return false;
		}
		this.mongo.save(ProgramCohort.of(event));
		return true;
	}

	public Optional<ProgramCohort> find(String cohortId) {
		return Optional.ofNullable(this.mongo.findById(cohortId, ProgramCohort.class));
	}

	/** The cohorts of the program that name the user as a coach. */
	List<ProgramCohort> coachedBy(String programId, String coachId) {
		return this.mongo.find(Query.query(Criteria.where("programId").is(programId).and("coachIds").is(coachId)),
				ProgramCohort.class);
	}

}
