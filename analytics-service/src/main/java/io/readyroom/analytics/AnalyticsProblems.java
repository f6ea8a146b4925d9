package io.readyroom.analytics;

import io.readyroom.support.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems of the analytics API. */
public final class AnalyticsProblems {

	private AnalyticsProblems() {
	}

	public static ErrorResponseException noProfile(String learnerId) {
		return problem(HttpStatus.NOT_FOUND, "unknown-learner", "No learner profile",
				"There is no profile for learner '" + learnerId + "' yet; it appears once an answer is scored.");
	}

	public static ErrorResponseException noCohort(String cohortId) {
		return problem(HttpStatus.NOT_FOUND, "unknown-cohort", "No cohort dashboard",
				"There are no figures for cohort '" + cohortId + "' yet; they appear shortly after its first event.");
	}

	public static ErrorResponseException invalid(String detail) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request", detail);
	}

	private static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
		return Problems.exception(status, type, title, detail);
	}

}
