package io.readyroom.analytics.membership;

import java.util.List;
import java.util.Optional;

import io.readyroom.analytics.KeptRevisions;
import io.readyroom.contracts.CohortChanged;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps each cohort at the highest revision the program published, with a write
 * conditional on the stored revision ({@link KeptRevisions}); a redelivered or older
 * revision changes nothing, also when two instances handle it at once.
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
		return KeptRevisions.keep(this.mongo, event.cohortId(), ProgramCohort.of(event), "revision", event.revision());
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
