package io.readyroom.session.program;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** A cohort's learners as the program enrolled them. */
@Component
public class EnrolledLearners {

	private final ProgramReads program;

	EnrolledLearners(ProgramReads program) {
		this.program = program;
	}

	/**
	 * @return the learners enrolled in the cohort; no value when the program keeps no
	 * record of the cohort (it exists only in tokens' cohort claims)
	 */
	public Optional<Set<String>> of(String programId, String cohortId) {
		if (!this.program.hasCohort(programId, cohortId)) {
			return Optional.empty();
		}
		return Optional.of(this.program.enrolledIn(programId, Set.of(cohortId))
			.stream()
			.map(Enrolment::learnerId)
			.collect(Collectors.toUnmodifiableSet()));
	}

}
