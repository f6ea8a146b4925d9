package io.readyroom.session.practice;

import io.readyroom.support.web.Problems;

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

	static ErrorResponseException unknownRoleTrack(String roleTrack, Iterable<String> known) {
		return Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-role-track", "Unknown role track",
				"Role track '" + roleTrack + "' has no questions; known role tracks: " + String.join(", ", known)
						+ ".");
	}

	static ErrorResponseException noMatchingQuestions(String roleTrack) {
		return Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "no-matching-questions", "No matching questions",
				"No question of role track '" + roleTrack + "' has the chosen types and difficulties.");
	}

}
