package io.readyroom.session.bank;

import java.util.List;

import io.readyroom.bank.BankProblem;
import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems a bank request can run into. */
final class BankProblems {

	private BankProblems() {
	}

	static ErrorResponseException invalidQuestions(List<BankProblem> problems) {
		ErrorResponseException problem = Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-questions",
				"Invalid questions",
				problems.size() + " problem(s) in the questions; nothing was imported. " + problems.get(0));
		problem.getBody().setProperty("errors", problems);
		return problem;
	}

	static ErrorResponseException questionIdTaken(String questionId) {
		return Problems.exception(HttpStatus.CONFLICT, "question-id-taken", "Question id taken", "Question id '"
				+ questionId + "' belongs to another program or to the shared bank; choose another id.");
	}

	static ErrorResponseException unknownQuestion(String questionId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-question", "Unknown question",
				"There is no question '" + questionId + "'.");
	}

	static ErrorResponseException fileTooLarge(int size, int limit) {
		return Problems.exception(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
				"The file has " + size + " bytes; at most " + limit + " are accepted. Split it into several imports.");
	}

	static ErrorResponseException tooManyQuestions(int count, int limit) {
		return Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "too-many-questions", "Too many questions",
				"The file has " + count + " questions; at most " + limit
						+ " are imported at once. Split it into several imports; nothing was imported.");
	}

	static ErrorResponseException importRefused(String programId) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Access refused",
				"Only the director of program '" + programId + "' or an admin imports its questions.");
	}

	static ErrorResponseException unsupportedFormat(String contentType) {
		return Problems.exception(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-format", "Unsupported format",
				"Questions are imported as YAML (application/yaml) or JSON (application/json), not " + contentType
						+ ".");
	}

}
