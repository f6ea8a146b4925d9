package io.readyroom.testsupport;

import java.util.Set;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.Caller;

/** Callers of each role, for tokens minted by {@link TestTokens}. */
public final class TestCallers {

	private TestCallers() {
	}

	public static Caller learner(String id, String programId, String cohortId) {
		return new Caller(id, Role.LEARNER, programId, Set.of(cohortId));
	}

	public static Caller coach(String id, String programId, String... cohortIds) {
		return new Caller(id, Role.COACH, programId, Set.of(cohortIds));
	}

	public static Caller director(String id, String programId) {
		return new Caller(id, Role.DIRECTOR, programId, Set.of());
	}

	public static Caller admin(String id) {
		return new Caller(id, Role.ADMIN, null, Set.of());
	}

}
