package io.readyroom.session.assignment;

import java.util.List;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems an assignment request can run into. */
final class AssignmentProblems {

	private AssignmentProblems() {
	}

	/** Shaped like the refusal of any invalid field, with every field that is wrong. */
	static ErrorResponseException invalid(List<FieldProblem> errors) {
		ErrorResponseException problem = Problems.exception(HttpStatus.BAD_REQUEST, "invalid-assignment",
				"Invalid assignment", "Nothing was assigned or changed: " + String.join("; ",
						errors.stream().map((error) -> error.field() + " " + error.message()).toList()));
		problem.getBody().setProperty("errors", errors);
		return problem;
	}

	static ErrorResponseException unknownAssignment(String assignmentId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-assignment", "Unknown assignment",
				"There is no assignment with id '" + assignmentId + "'.");
	}

	static ErrorResponseException notYourAssignment(String assignmentId) {
		return refused("Assignment '" + assignmentId + "' is for another learner or cohort; start a session from "
				+ "one of the assignments GET /api/assignments/mine lists.");
	}

	static ErrorResponseException withdrawn(String assignmentId) {
		return Problems.exception(HttpStatus.CONFLICT, "assignment-withdrawn", "Assignment withdrawn",
				"Assignment '" + assignmentId + "' was withdrawn; nobody is asked to do it any more.");
	}

	static ErrorResponseException changedMeanwhile(String assignmentId) {
		return Problems.exception(HttpStatus.CONFLICT, "assignment-changed", "Assignment changed meanwhile",
				"Assignment '" + assignmentId + "' was changed by someone else meanwhile; read it again and retry.");
	}

	static ErrorResponseException notYourCohort(String cohortId) {
		return refused("Cohort '" + cohortId + "' is not one of the cohorts you coach.");
	}

	static ErrorResponseException notYourAssignmentToManage(String assignmentId, String cohortId) {
		return refused(
				"Assignment '" + assignmentId + "' belongs to cohort '" + cohortId + "', which you do not coach.");
	}

	static ErrorResponseException unknownCohort(String cohortId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-cohort", "Unknown cohort",
				"Your program has no cohort '" + cohortId + "' that anyone practised in yet.");
	}

	static ErrorResponseException programNotNamed() {
		return Problems.exception(HttpStatus.BAD_REQUEST, "program-not-named", "Program not named",
				"Your token names no program; as an admin, name the cohort's program in the programId parameter.");
	}

	static ErrorResponseException nothingToChange() {
		return Problems.exception(HttpStatus.BAD_REQUEST, "nothing-to-change", "Nothing to change",
				"An assignment's title and dueAt can be changed; the request names neither. To assign other "
						+ "practice, withdraw this assignment and assign anew.");
	}

	private static ErrorResponseException refused(String detail) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Access refused", detail);
	}

	/** One invalid field and what is wrong with it. */
	record FieldProblem(String field, String message) {
	}

}
