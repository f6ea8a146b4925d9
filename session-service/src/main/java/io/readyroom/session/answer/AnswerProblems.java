package io.readyroom.session.answer;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems an answer submission can run into. */
final class AnswerProblems {

	private AnswerProblems() {
	}

	static ErrorResponseException answerIdReused(String answerId) {
		return Problems.exception(HttpStatus.CONFLICT, "answer-id-reused", "Answer id already used",
				"Answer id '" + answerId + "' was already used for a different answer; use a new id for a new answer.");
	}

	static ErrorResponseException questionAnswered(String questionId, String sessionId, String answerId) {
		return Problems.exception(HttpStatus.CONFLICT, "question-answered", "Question already answered",
				"Question '" + questionId + "' was answered in practice session '" + sessionId + "' already (answer '"
						+ answerId + "'); a session takes one answer per question. Start a new session to answer it "
						+ "again.");
	}

	static ErrorResponseException questionNotInSession(String questionId, String sessionId) {
		return Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "question-not-in-session",
				"Question not in session",
				"Question '" + questionId + "' is not one of the questions of practice session '" + sessionId + "'.");
	}

}
