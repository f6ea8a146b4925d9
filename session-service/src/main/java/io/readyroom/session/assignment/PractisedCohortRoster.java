package io.readyroom.session.assignment;

import java.util.Optional;
import java.util.Set;

import io.readyroom.session.practice.SessionHistory;

import org.springframework.stereotype.Component;

/**
 * A cohort's learners as far as their practice shows them: those who started a session in
 * it. A learner who never practised is not known to be in the cohort, nor a cohort nobody
 * practised in to exist.
 */
@Component
class PractisedCohortRoster implements CohortRoster {

	private final SessionHistory history;

	PractisedCohortRoster(SessionHistory history) {
		this.history = history;
	}

	@Override
	public Optional<Set<String>> learnersOf(String programId, String cohortId) {
		Set<String> learners = this.history.learnersWhoPractisedIn(programId, cohortId);
		return learners.isEmpty() ? Optional.empty() : Optional.of(learners);
	}

}
