package io.readyroom.testsupport;

import java.util.Set;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.Caller;

/**
 * Callers of each role, for tokens minted by {@link TestTokens}, signed in through the
 * web app's client as people are.
 */
public final class TestCallers {

	/** The client the callers' tokens were issued to. */
	public static final String WEB_CLIENT = "readyroom-web";

	private TestCallers() {
	}

	public static Caller learner(String id, String programId, String cohortId) {
		return new Caller(id, Role.LEARNER, programId, Set.of(cohortId), WEB_CLIENT);
	}

	public static Caller coach(String id, String programId, String... cohortIds) {
		return new Caller(id, Role.COACH, programId, Set.of(cohortIds), WEB_CLIENT);
	}

	public static Caller director(String id, String programId) {
		return new Caller(id, Role.DIRECTOR, programId, Set.of(), WEB_CLIENT);
	}

	public static Caller admin(String id) {
		return new Caller(id, Role.ADMIN, null, Set.of(), WEB_CLIENT);
	}

}
