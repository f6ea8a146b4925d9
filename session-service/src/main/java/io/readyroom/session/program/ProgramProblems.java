package io.readyroom.session.program;

import java.util.List;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems a program administration request can run into. */
final class ProgramProblems {

	private ProgramProblems() {
	}

	static ErrorResponseException unknownProgram(String programId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-program", "Unknown program",
				"There is no program '" + programId + "' of yours.");
	}

	static ErrorResponseException refused(String detail) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Access refused", detail);
	}

	static ErrorResponseException unknownCohort(String programId, String cohortId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-cohort", "Unknown cohort",
				"Program '" + programId + "' has no cohort '" + cohortId + "'.");
	}

	static ErrorResponseException cohortIdTaken(String cohortId) {
		return Problems.exception(HttpStatus.CONFLICT, "cohort-id-taken", "Cohort id taken",
				"The program already has a cohort '" + cohortId + "'; choose another cohortId or name.");
	}

	static ErrorResponseException noCohortIdInName(String name) {
		return Problems.exception(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"No cohort id can be made from the name '" + name
						+ "', which has no letters or digits; name one in cohortId.");
	}

	static ErrorResponseException cohortClosed(String cohortId) {
		return Problems.exception(HttpStatus.CONFLICT, "cohort-closed", "Cohort closed", "Cohort '" + cohortId
				+ "' is closed: its term has ended and it takes no new learners. Choose an open cohort.");
	}

	static ErrorResponseException notEnrolled(String programId, String learnerId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-enrolment", "Unknown enrolment",
				"Learner '" + learnerId + "' is not enrolled in program '" + programId + "'.");
	}

	static ErrorResponseException noProposal(String learnerId) {
		return Problems.exception(HttpStatus.CONFLICT, "no-proposal", "No proposal",
				"Learner '" + learnerId + "' has proposed no target role; there is nothing to decline.");
	}

	static ErrorResponseException unknownRoleTrack(String roleTrack, List<String> known) {
		ErrorResponseException problem = Problems.exception(HttpStatus.BAD_REQUEST, "unknown-role-track",
				"Unknown role track",
				"There is no role track '" + roleTrack + "'; known role tracks: " + String.join(", ", known) + ".");
		problem.getBody().setProperty("knownRoleTracks", known);
		return problem;
	}

	static ErrorResponseException changedMeanwhile(String id) {
		return Problems.exception(HttpStatus.CONFLICT, "changed-meanwhile", "Changed meanwhile",
				"'" + id + "' was changed by someone else meanwhile; nothing of this request was changed. "
						+ "Read it again and retry.");
	}

	static ErrorResponseException invalidEnrolments(List<LineError> errors) {
		ErrorResponseException problem = Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-enrolments",
				"Invalid enrolments",
				errors.size() + " line(s) of the file have errors; nothing was changed. " + errors.get(0));
		problem.getBody().setProperty("errors", errors);
		return problem;
	}

}
