package io.readyroom.session.assignment;

import java.util.Optional;
import java.util.Set;

import io.readyroom.session.practice.SessionHistory;
import io.readyroom.session.program.EnrolledLearners;

import org.springframework.stereotype.Component;

/**
 * Who is in a program's cohort, for assigning to one learner and for counting who has
 * done an assignment: the learners the program enrolled in it or, for a cohort the
 * program keeps no record of, those who started a session in it (their tokens name it). A
 * learner who never practised in such a cohort is not known to be in it, nor a cohort
 * nobody practised in to exist.
 */
@Component
class CohortRoster {

	private final EnrolledLearners enrolled;

	private final SessionHistory history;

	CohortRoster(EnrolledLearners enrolled, SessionHistory history) {
		this.enrolled = enrolled;
		this.history = history;
	}

	/**
	 * @return the cohort's learners; no value when the program is not known to have the
	 * cohort
	 */
	Optional<Set<String>> learnersOf(String programId, String cohortId) {
		return this.enrolled.of(programId, cohortId).or(() -> practisedIn(programId, cohortId));
	}

	private Optional<Set<String>> practisedIn(String programId, String cohortId) {
		Set<String> learners = this.history.learnersWhoPractisedIn(programId, cohortId);
		return learners.isEmpty() ? Optional.empty() : Optional.of(learners);
	}

}
