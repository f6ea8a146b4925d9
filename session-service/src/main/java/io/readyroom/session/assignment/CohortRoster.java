package io.readyroom.session.assignment;

import java.util.Optional;
import java.util.Set;

/**
 * Who is in a program's cohort, for assigning to one learner and for counting who has
 * done an assignment. For a cohort the program keeps no enrolments of,
 * {@link PractisedCohortRoster} answers from the sessions it has; a bean that knows the
 * enrolments ({@code EnrolledCohortRoster}) takes its place by being {@code @Primary}.
 */
public interface CohortRoster {

	/**
	 * @return the cohort's learners; no value when the program is not known to have the
	 * cohort
	 */
	Optional<Set<String>> learnersOf(String programId, String cohortId);

}
