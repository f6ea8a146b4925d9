package io.readyroom.web.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.readyroom.contracts.token.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.user.OAuth2User;

import static io.readyroom.contracts.token.TokenClaims.COHORT_IDS;
import static io.readyroom.contracts.token.TokenClaims.PROGRAM_ID;
import static io.readyroom.contracts.token.TokenClaims.ROLES;

/**
 * The signed-in person, read from the claims of their ID token: the Readyroom token
 * contract the identity server issues (the access token carries the same claims).
 *
 * @param id the token's {@code sub}
 * @param role the one Readyroom role, null when the token carries none (or several)
 * @param programId the {@code program_id} claim; null for an admin
 * @param cohortIds the {@code cohort_ids} claim: a learner's cohort, a coach's cohorts
 */
public record SignedInUser(String id, @Nullable Role role, @Nullable String programId, List<String> cohortIds) {

	public SignedInUser {
		cohortIds = List.copyOf(cohortIds);
	}

	public static SignedInUser of(OAuth2User user) {
		Map<String, Object> claims = user.getAttributes();
		List<Role> roles = Role.allIn(claims.get(ROLES));
		Object program = claims.get(PROGRAM_ID);
		return new SignedInUser(user.getName(), (roles.size() == 1) ? roles.get(0) : null,
				(program != null) ? program.toString() : null, strings(claims.get(COHORT_IDS)));
	}

	private static List<String> strings(@Nullable Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return (claim != null) ? List.of(claim.toString()) : List.of();
	}

}
