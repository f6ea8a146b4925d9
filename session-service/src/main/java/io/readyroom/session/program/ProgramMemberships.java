package io.readyroom.session.program;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.CohortMemberships;

import org.springframework.stereotype.Component;

/**
 * The cohorts the program's own data gives a learner or coach, in place of their token's.
 * A learner the program has enrolled is in their enrolment's cohort, or in none once
 * removed. A coach is in the cohorts of the program that name them; a coach no cohort
 * names is one the program keeps no data on, so their token's cohorts stand, exactly as
 * scoring-service and analytics-service decide it.
 */
@Component
class ProgramMemberships implements CohortMemberships {

	private final ProgramReads program;

	ProgramMemberships(ProgramReads program) {
		this.program = program;
	}

	@Override
	public Optional<Set<String>> cohortsOf(String programId, String userId, Role role) {
		return switch (role) {
			case LEARNER -> this.program.enrolment(programId, userId)
				.map((enrolment) -> enrolment.isEnrolled() ? Set.of(enrolment.cohortId()) : Set.of());
			// as in scoring and analytics: a coach no cohort of the program names is one
			// the
			// program keeps no data on, whose token decides
			case COACH -> Optional.of(coachedBy(programId, userId)).filter((cohorts) -> !cohorts.isEmpty());
			default -> Optional.empty();
		};
	}

	private Set<String> coachedBy(String programId, String coachId) {
		return this.program.coachedBy(programId, coachId)
			.stream()
			.map(Cohort::cohortId)
			.collect(Collectors.toUnmodifiableSet());
	}

}
