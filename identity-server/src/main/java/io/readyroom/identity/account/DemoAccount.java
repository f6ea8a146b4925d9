package io.readyroom.identity.account;

import java.util.List;

import io.readyroom.contracts.token.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One seeded account of the local demo.
 *
 * @param username also the user's id, the tokens' {@code sub}
 * @param password kept in plain text in the configuration, since everyone is meant to
 * know a demo account's password; only its hash is used to sign in
 * @param role what the user may do
 * @param programId the training program the user belongs to
 * @param cohortIds a learner's one cohort, a coach's cohorts, none for directors and
 * admins, who see the whole program; a learner or coach may have none in their token when
 * the program's own enrolments and cohorts place them
 */
public record DemoAccount(@NotBlank String username, @NotBlank String password, @NotNull Role role,
		@NotBlank String programId, @DefaultValue List<String> cohortIds) {

	public DemoAccount {
		cohortIds = List.copyOf(cohortIds);
		requireCohortsFitTheRole(username, role, cohortIds);
	}

	private static void requireCohortsFitTheRole(String username, Role role, List<String> cohortIds) {
		boolean fits = switch (role) {
			case LEARNER -> cohortIds.size() <= 1;
			case COACH -> true;
			case DIRECTOR, ADMIN -> cohortIds.isEmpty();
		};
		if (!fits) {
			throw new IllegalArgumentException(
					"Demo account '" + username + "' is a " + role.claimValue() + " with cohorts " + cohortIds
							+ ", but a learner belongs to one cohort at most, and directors and admins to none");
		}
	}

}
