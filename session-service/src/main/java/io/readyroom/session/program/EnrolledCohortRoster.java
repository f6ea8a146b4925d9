package io.readyroom.session.program;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.session.assignment.CohortRoster;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * A cohort's learners as the program enrolled them, for a cohort the program keeps data
 * on; for any other cohort, whatever {@code fallback} knows of it (the learners who
 * practised in it, whose tokens name it).
 */
@Primary
@Component
class EnrolledCohortRoster implements CohortRoster {

	private final CohortRepository cohorts;

	private final EnrolmentRepository enrolments;

	private final CohortRoster fallback;

	EnrolledCohortRoster(CohortRepository cohorts, EnrolmentRepository enrolments,
			@Qualifier("practisedCohortRoster") CohortRoster fallback) {
		this.cohorts = cohorts;
		this.enrolments = enrolments;
		this.fallback = fallback;
	}

	@Override
	public Optional<Set<String>> learnersOf(String programId, String cohortId) {
		if (!this.cohorts.existsById(Cohort.idOf(programId, cohortId))) {
			return this.fallback.learnersOf(programId, cohortId);
		}
		return Optional.of(this.enrolments.findByProgramIdAndCohortIdInOrderByLearnerId(programId, Set.of(cohortId))
			.stream()
			.map(Enrolment::learnerId)
			.collect(Collectors.toUnmodifiableSet()));
	}

}
