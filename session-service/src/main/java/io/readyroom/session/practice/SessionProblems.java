package io.readyroom.session.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems a session request can run into. */
public final class SessionProblems {

	private SessionProblems() {
	}

	public static ErrorResponseException unknownSession(String sessionId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-session", "Unknown practice session",
				"There is no practice session with id '" + sessionId + "'.");
	}

	public static ErrorResponseException sessionNotActive(String sessionId) {
		return Problems.exception(HttpStatus.CONFLICT, "session-not-active", "Practice session is completed",
				"Practice session '" + sessionId + "' is completed and takes no more answers.");
	}

	static ErrorResponseException noCohort() {
		return refused("Your token names no cohort, and every practice session counts towards one; "
				+ "ask your program to enrol you in a cohort.");
	}

	static ErrorResponseException notYourCohort(String cohortId, Iterable<String> yours) {
		return refused("Cohort '" + cohortId + "' is not one of yours (" + String.join(", ", yours)
				+ "); leave cohortId out or name one of yours.");
	}

	static ErrorResponseException cohortNotChosen(Iterable<String> yours) {
		return Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "cohort-not-chosen", "Cohort not chosen",
				"You are in several cohorts (" + String.join(", ", yours)
						+ "); name the one this session counts towards in cohortId.");
	}

	/**
	 * Shaped like the refusal of any invalid field: only a session started from an
	 * assignment may leave the role track to the assignment.
	 */
	static ErrorResponseException roleTrackMissing() {
		ErrorResponseException problem = Problems.exception(HttpStatus.BAD_REQUEST, "invalid-request",
				"Invalid request", "Invalid fields: roleTrack must be named: no target role has been set for you, and "
						+ "the session is not started from an assignment that sets one");
		problem.getBody().setProperty("errors", List.of(Map.of("field", "roleTrack", "message", "must not be blank")));
		return problem;
	}

	static ErrorResponseException cohortClosed(String cohortId) {
		return Problems.exception(HttpStatus.CONFLICT, "cohort-closed", "Cohort closed", "Cohort '" + cohortId
				+ "' is closed: its term has ended, and its figures stay as they are. No new session starts in it.");
	}

	static ErrorResponseException unknownRoleTrack(String roleTrack, Iterable<String> known) {
		// 400 like an unknown role track anywhere else: enrolments, assignments,
		// readiness rules
		return Problems.exception(HttpStatus.BAD_REQUEST, "unknown-role-track", "Unknown role track", "Role track '"
				+ roleTrack + "' has no questions; known role tracks: " + String.join(", ", known) + ".");
	}

	static ErrorResponseException noMatchingQuestions(String roleTrack) {
		return Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "no-matching-questions", "No matching questions",
				"No question of role track '" + roleTrack + "' has the chosen types and difficulties.");
	}

	static ErrorResponseException backdatingNotAllowed(String field) {
		return Problems.exception(HttpStatus.BAD_REQUEST, "backdating-not-allowed", "Backdating not allowed",
				"'" + field + "' names a past time, which this service accepts only for the local demo "
						+ "(readyroom.practice.backdating-allowed); leave it out.");
	}

	static ErrorResponseException timeInFuture(String field, Instant requested, Instant now) {
		return Problems.exception(HttpStatus.BAD_REQUEST, "time-in-future", "Time in the future",
				"'" + field + "' is " + requested + ", after now (" + now + "); practice cannot be recorded ahead.");
	}

	static ErrorResponseException timeBeforeSessionStart(String field, Instant requested, PracticeSession session) {
		return Problems.exception(HttpStatus.BAD_REQUEST, "time-before-session-start",
				"Time before the session's start", "'" + field + "' is " + requested + ", before practice session '"
						+ session.getId() + "' started (" + session.getStartedAt() + ").");
	}

	private static ErrorResponseException refused(String detail) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Access refused", detail);
	}

}
