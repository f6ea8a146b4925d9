package io.readyroom.session.program;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** A cohort's learners as the program enrolled them. */
@Component
public class EnrolledLearners {

	private final CohortRepository cohorts;

	private final EnrolmentRepository enrolments;

	EnrolledLearners(CohortRepository cohorts, EnrolmentRepository enrolments) {
		this.cohorts = cohorts;
		this.enrolments = enrolments;
	}

	/**
	 * @return the learners enrolled in the cohort; no value when the program keeps no
	 * record of the cohort (it exists only in tokens' cohort claims)
	 */
	public Optional<Set<String>> of(String programId, String cohortId) {
		if (!this.cohorts.existsById(Cohort.idOf(programId, cohortId))) {
			return Optional.empty();
		}
		return Optional.of(this.enrolments.findByProgramIdAndCohortIdInOrderByLearnerId(programId, Set.of(cohortId))
			.stream()
			.map(Enrolment::learnerId)
			.collect(Collectors.toUnmodifiableSet()));
	}

}
