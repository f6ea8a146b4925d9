package io.readyroom.scoring.web;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems a scoring request can run into. */
public final class ScoringProblems {

	private ScoringProblems() {
	}

	public static ErrorResponseException unknownQuestion(String questionId, Integer version) {
		String which = (version != null) ? questionId + " version " + version : questionId;
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-question", "Unknown question",
				"The scorer knows no question " + which + ".");
	}

	public static ErrorResponseException rescoreRefused(String questionId) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Access refused", "Question " + questionId
				+ " is in the shared bank and answered in every program; only an admin re-scores it.");
	}

	public static ErrorResponseException recalibrationRefused(String questionId) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Access refused",
				"Only the program's director or an admin re-scores its answers to " + questionId + ".");
	}

	public static ErrorResponseException noQuestion() {
		return Problems.exception(HttpStatus.BAD_REQUEST, "no-question", "No question to score against",
				"Give either questionId (a bank question) or question and modelAnswer (an inline question).");
	}

}
