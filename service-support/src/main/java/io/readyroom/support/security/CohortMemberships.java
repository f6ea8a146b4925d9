package io.readyroom.support.security;

import java.util.Optional;
import java.util.Set;

import io.readyroom.contracts.token.Role;

/**
 * The program's own membership data: the cohort a learner is enrolled in and the cohorts
 * a coach looks after. Identity stays with the OpenID Connect provider; where the program
 * has a user's membership, it decides the user's cohorts, so that enrolling, moving or
 * removing someone takes effect without a new token. A service that keeps membership data
 * offers it as a bean; without one, or for a user the program has no data on, the token's
 * {@value io.readyroom.contracts.token.TokenClaims#COHORT_IDS} claim decides.
 */
@FunctionalInterface
public interface CohortMemberships {

	/**
	 * @param role {@link Role#LEARNER} or {@link Role#COACH}
	 * @return the user's cohorts in the program, empty for a learner who was removed; no
	 * value when the program has no membership data on the user
	 */
	Optional<Set<String>> cohortsOf(String programId, String userId, Role role);

}
