package io.readyroom.local.identity;

import java.util.List;

/**
 * A seeded account of the local identity server.
 *
 * @param username the user's id in tokens, e.g. {@code ana}
 * @param password its well-known demo password
 * @param role {@code learner}, {@code coach}, {@code director} or {@code admin}
 * @param programId the program the user belongs to
 * @param cohortIds a learner's cohort or a coach's cohorts; empty for other roles
 */
public record DemoAccount(String username, String password, String role, String programId, List<String> cohortIds) {

	public DemoAccount {
		cohortIds = List.copyOf(cohortIds);
	}

}
