package io.readyroom.session.program;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** A cohort's learners as the program enrolled them. */
@Component
public class EnrolledLearners {

	private final ProgramReads program;

	EnrolledLearners(ProgramReads program) {
		this.program = program;
	}

	/**
	 * The learner as the program knows them: enrolled, or removed but still on record; no
	 * value when the program never had them.
	 */
	public Optional<KnownLearner> known(String programId, String learnerId) {
		return this.program.enrolment(programId, learnerId)
			.map((enrolment) -> new KnownLearner(enrolment.learnerId(), enrolment.cohortId()));
	}

	/**
	 * A learner the program has on record.
	 *
	 * @param cohortId their cohort; {@code null} once the program removed them
	 */
	public record KnownLearner(String learnerId, @Nullable String cohortId) {

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
