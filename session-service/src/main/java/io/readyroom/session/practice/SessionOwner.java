package io.readyroom.session.practice;

import java.util.Set;
import java.util.TreeSet;

import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Whose a new session is: the learner, program and cohort as the learner's token names
 * them. A request may only choose among the token's cohorts.
 */
record SessionOwner(String learnerId, String programId, String cohortId) {

	/**
	 * @param chosenCohort the cohort the request names, or {@code null} when the token
	 * names exactly one
	 * @throws org.springframework.web.ErrorResponseException 403 when the token names no
	 * cohort or not the chosen one, 422 when it names several and none was chosen
	 */
	static SessionOwner of(Caller learner, @Nullable String chosenCohort) {
		Set<String> cohorts = learner.cohortIds();
		if (cohorts.isEmpty()) {
			throw SessionProblems.noCohort();
		}
		if (chosenCohort != null && !cohorts.contains(chosenCohort)) {
			throw SessionProblems.notYourCohort(chosenCohort, new TreeSet<>(cohorts));
		}
		if (chosenCohort == null && cohorts.size() > 1) {
			throw SessionProblems.cohortNotChosen(new TreeSet<>(cohorts));
		}
		String cohort = (chosenCohort != null) ? chosenCohort : cohorts.iterator().next();
		return new SessionOwner(learner.id(), learner.programId(), cohort);
	}

}
