package io.readyroom.analytics.membership;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.CohortMemberships;

import org.springframework.stereotype.Component;

/**
 * A caller's cohorts as the program's membership data has them: a learner's enrolment
 * (none once removed), the cohorts that name a coach. A learner the program never
 * enrolled, and a coach no cohort of the program names, keep the cohorts of their token.
 */
@Component
class ProgramMemberships implements CohortMemberships {

	private final Enrolments enrolments;

	private final ProgramCohorts cohorts;

	ProgramMemberships(Enrolments enrolments, ProgramCohorts cohorts) {
		this.enrolments = enrolments;
		this.cohorts = cohorts;
	}

	@Override
	public Optional<Set<String>> cohortsOf(String programId, String userId, Role role) {
		if (role == Role.LEARNER) {
			return this.enrolments.of(userId)
				.filter((enrolment) -> programId.equals(enrolment.programId()))
				.map((enrolment) -> enrolment.isRemoved() ? Set.of() : Set.of(enrolment.cohortId()));
		}
		if (role == Role.COACH) {
			Set<String> coached = this.cohorts.coachedBy(programId, userId)
				.stream()
				.map(ProgramCohort::cohortId)
				.collect(Collectors.toSet());
			return coached.isEmpty() ? Optional.empty() : Optional.of(coached);
		}
		return Optional.empty();
	}

}
