package io.readyroom.analytics;

import java.util.List;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems of the analytics API. */
public final class AnalyticsProblems {

	private AnalyticsProblems() {
	}

	/**
	 * A learner without a profile, or one the caller may not read: whether another
	 * learner's profile exists is not the caller's business, so both read the same.
	 */
	public static ErrorResponseException noProfile(String learnerId) {
		return Problems
			.exception(HttpStatus.NOT_FOUND, "unknown-learner", "No learner profile", "No profile of learner '"
					+ learnerId
					+ "' is known to you; a profile appears once the learner's first session or answer is recorded.");
	}

	/**
	 * A cohort without figures, or one of another program: whether it exists is not the
	 * caller's business, so both read the same.
	 */
	public static ErrorResponseException noCohort(String cohortId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-cohort", "No cohort dashboard",
				"No figures of cohort '" + cohortId
						+ "' are known to you; a cohort's figures appear shortly after its first event.");
	}

	/**
	 * A learner of the coach's program in a cohort the coach does not coach: like a
	 * refused cohort of their program, it tells the coach only of their own program.
	 */
	public static ErrorResponseException learnerNotInCohorts(String learnerId) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Not in your cohorts", "Learner '" + learnerId
				+ "' is not in the cohorts you coach; a coach reads the reports of their own cohorts' learners.");
	}

	public static ErrorResponseException cohortRefused(String cohortId) {
		return refused("Cohort '" + cohortId
				+ "' is not one of the cohorts your token names; a coach reads the cohorts they coach.");
	}

	/**
	 * @param what what only the program's director or an admin may do, e.g. "exports its
	 * figures"
	 */
	public static ErrorResponseException programRefused(String programId, String what) {
		return refused("Only the director of program '" + programId + "' or an admin " + what + ".");
	}

	public static ErrorResponseException refused(String detail) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Access refused", detail);
	}

	/**
	 * Input the request's own fields cannot be, the same 400 as in the other services.
	 */
	public static ErrorResponseException invalid(String detail) {
		return Problems.exception(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
	}

	/** The same problem as session-service's for a role track the bank does not have. */
	public static ErrorResponseException unknownRoleTrack(String roleTrack, List<String> known) {
		ErrorResponseException problem = Problems.exception(HttpStatus.BAD_REQUEST, "unknown-role-track",
				"Unknown role track",
				"There is no role track '" + roleTrack + "'; known role tracks: " + String.join(", ", known) + ".");
		problem.getBody().setProperty("knownRoleTracks", known);
		return problem;
	}

}
