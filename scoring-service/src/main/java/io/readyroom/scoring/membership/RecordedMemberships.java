package io.readyroom.scoring.membership;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.CohortMemberships;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The cohorts the program's data gives a learner or coach, as session-service decides
 * them: a learner the program has enrolled is in their enrolment's cohort, or none once
 * removed; a coach is in the cohorts that name them once the program has any cohorts. For
 * anyone else the token's cohorts stand.
 */
@Component
class RecordedMemberships implements CohortMemberships {

	private final MongoTemplate mongo;

	RecordedMemberships(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<Set<String>> cohortsOf(String programId, String userId, Role role) {
		return switch (role) {
			case LEARNER -> Optional.ofNullable(this.mongo.findById(programId + "/" + userId, LearnerCohort.class))
				.map((learner) -> (learner.cohortId() != null) ? Set.of(learner.cohortId()) : Set.of());
			case COACH -> coachedBy(programId, userId);
			default -> Optional.empty();
		};
	}

	private Optional<Set<String>> coachedBy(String programId, String coachId) {
		// a coach no cohort of the program names is one it keeps no data on: their token
		// decides, as in session-service and analytics-service
		return Optional
			.of(this.mongo
				.find(Query.query(Criteria.where("programId").is(programId).and("coachIds").is(coachId)),
						CohortCoaches.class)
				.stream()
				.map(CohortCoaches::cohortId)
				.collect(Collectors.toUnmodifiableSet()))
			.filter((cohorts) -> !cohorts.isEmpty());
	}

}
