package io.readyroom.support.security;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.readyroom.contracts.token.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

import static io.readyroom.contracts.token.TokenClaims.AUTHORIZED_PARTY;
import static io.readyroom.contracts.token.TokenClaims.COHORT_IDS;
import static io.readyroom.contracts.token.TokenClaims.PROGRAM_ID;
import static io.readyroom.contracts.token.TokenClaims.ROLES;

/**
 * Who sends a request, as their validated token says: their id (the token's subject),
 * their role, their program and, for learners and coaches, their cohorts. The learner and
 * program of a request always come from here, never from the request itself.
 *
 * @param id the user's id, the token's {@code sub}
 * @param role the user's one Readyroom role
 * @param programId the program the user belongs to; {@code null} only for an admin
 * @param cohortIds a learner's cohort, a coach's cohorts; empty for other roles
 * @param client the OAuth client the token was issued to, its {@code azp};
 * {@value #UNKNOWN_CLIENT} when it names none
 */
public record Caller(String id, Role role, @Nullable String programId, Set<String> cohortIds, String client) {

	/** The client of a token that does not name one. */
	public static final String UNKNOWN_CLIENT = "unknown";

	public Caller {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(role, "role");
		cohortIds = Set.copyOf(cohortIds);
		client = (client == null || client.isBlank()) ? UNKNOWN_CLIENT : client;
	}

	/** A caller whose client is not known, as in tests and service-to-service calls. */
	public Caller(String id, Role role, @Nullable String programId, Set<String> cohortIds) {
		this(id, role, programId, cohortIds, UNKNOWN_CLIENT);
	}

	/**
	 * Reads the caller from a token that has already been validated.
	 * @throws AccessDeniedException if the token carries no Readyroom role, or more than
	 * one, or a learner's or staff member's token names no program
	 */
	public static Caller from(Jwt token) {
		List<Role> roles = rolesOf(token);
		if (roles.size() != 1) {
			throw new AccessDeniedException("The token must carry exactly one Readyroom role in its '" + ROLES
					+ "' claim (learner, coach, director or admin).");
		}
		Role role = roles.get(0);
		String programId = token.getClaimAsString(PROGRAM_ID);
		if (role != Role.ADMIN && (programId == null || programId.isBlank())) {
			throw new AccessDeniedException(
					"The token of a " + role.claimValue() + " must name a program in its '" + PROGRAM_ID + "' claim.");
		}
		List<String> cohorts = token.getClaimAsStringList(COHORT_IDS);
		return new Caller(token.getSubject(), role, programId, (cohorts != null) ? Set.copyOf(cohorts) : Set.of(),
				token.getClaimAsString(AUTHORIZED_PARTY));
	}

	static List<Role> rolesOf(Jwt token) {
		return Role.allIn(token.getClaimAsStringList(ROLES));
	}

	/** This caller in the given cohorts, as the program's membership data has them. */
	public Caller withCohortIds(Set<String> cohortIds) {
		return new Caller(this.id, this.role, this.programId, cohortIds, this.client);
	}

	/** Whether this caller is the learner with the given id. */
	public boolean isLearner(String learnerId) {
		return this.role == Role.LEARNER && this.id.equals(learnerId);
	}

	/**
	 * Whether this caller works in the program: a member of it, or an admin, who manages
	 * every program. What a member may do there depends on their role.
	 */
	public boolean belongsTo(@Nullable String programId) {
		return this.role == Role.ADMIN || Objects.equals(this.programId, programId);
	}

	/** Whether this caller may read and export everything of a program and manage it. */
	public boolean managesProgram(@Nullable String programId) {
		return this.role == Role.ADMIN || (this.role == Role.DIRECTOR && Objects.equals(this.programId, programId));
	}

	/** Whether this caller may read a cohort's figures and its learners' reports. */
	public boolean readsCohort(@Nullable String programId, String cohortId) {
		return managesProgram(programId) || (this.role == Role.COACH && Objects.equals(this.programId, programId)
				&& this.cohortIds.contains(cohortId));
	}

	/**
	 * Whether this caller may read a learner's reports: the learner, or staff over them.
	 */
	public boolean readsLearner(String learnerId, @Nullable String programId, String cohortId) {
		return (isLearner(learnerId) && Objects.equals(this.programId, programId)) || readsCohort(programId, cohortId);
	}

}
